// The worker runs no socket.io server: what a job publishes (a consultation refunded or expired) would reach no
// browser. Its publisher sends each emit as pg_notify('consilium_realtime', …) instead; every web process LISTENs on
// the same connection as the notification badge (notification-bridge.ts) and emits it to the room. A NOTIFY sent in
// a transaction is delivered on commit; publishers run after their commit anyway.
import { db } from "../db";
import type { ServerToClientEvents } from "./events";
import type { RealtimePublisher, RealtimeServer } from "./registry";

export const RELAY_CHANNEL = "consilium_realtime";
/** Postgres refuses NOTIFY payloads of 8,000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_999;

/** One emit to one room, as it crosses from the worker to the web processes. */
export type RelayedEmit = {
  [E in keyof ServerToClientEvents]: { room: string; event: E; payload: Parameters<ServerToClientEvents[E]>[0] };
}[keyof ServerToClientEvents];

// Every event may be relayed; the record makes a new event in events.ts a compile error here until it is listed.
const RELAYABLE_EVENTS: Record<keyof ServerToClientEvents, true> = {
  "thread:message": true,
  "question:status": true,
  "answer:reactions": true,
  "notifications:unread": true,
  "queue:question": true,
  "queue:update": true,
  "answer:doctors": true,
  "consultation:message": true,
  "consultation:read": true,
  "consultation:state": true,
};

/** The worker's publisher: each emit becomes one NOTIFY. A failure is logged; like every publish, it is best-effort. */
export function relayingPublisher(): RealtimePublisher {
  return {
    to: (room) => ({
      emit: (event, ...args) => {
        const text = JSON.stringify({ room, event, payload: args[0] });
        if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) {
          console.error("[realtime relay] event too large to relay; open pages see it on reload", { room, event });
          return false;
        }
        db().$executeRaw`SELECT pg_notify(${RELAY_CHANNEL}, ${text})`.catch((error: unknown) =>
          console.error("[realtime relay] NOTIFY failed", { room, event, error }),
        );
        return true;
      },
    }),
  };
}

/** A NOTIFY payload as a relayed emit, or null when it is not one of ours. */
export function parseRelayedEmit(text: string): RelayedEmit | null {
  try {
    const value = JSON.parse(text) as { room?: unknown; event?: unknown; payload?: unknown };
    if (typeof value.room !== "string" || typeof value.event !== "string") return null;
    if (!Object.hasOwn(RELAYABLE_EVENTS, value.event) || typeof value.payload !== "object" || !value.payload)
      return null;
    return value as RelayedEmit;
  } catch {
    return null;
  }
}

export function emitRelayed(io: RealtimeServer, relayed: RelayedEmit): void {
  // TypeScript cannot pair a union's event with its payload across a call; RelayedEmit pairs them by construction.
  const { room, event, payload } = relayed as { room: string; event: "consultation:state"; payload: never };
  io.to(room).emit(event, payload);
}
