// Server-side pieces every socket.io handler file shares: the typed socket, and the validation of a sequence
// number a client sends to resume after (a ThreadMessage or ConsultationMessage seq, a Postgres bigint).
import type { Socket } from "socket.io";
import { z } from "zod";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "./events";

export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const MAX_BIGINT8 = 9_223_372_036_854_775_807n;

/** A decimal seq as sent over the wire or in a query string, parsed to a BigInt within Postgres' bigint. */
export const ZSeq = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,18})$/)
  .transform((seq) => BigInt(seq))
  .refine((seq) => seq <= MAX_BIGINT8);
