// The private consultation's socket.io handlers: a participant joins the consultation's room (checked on every
// join, fresh from the database, as joinQuestion does) and gets what they missed; nobody else gets in.

import { z } from "zod";
import { loadActor } from "../auth/load-actor";
import { listConsultationMessagesSince } from "../consultations/list-consultation-messages-since";
import { isDomainError } from "../errors";
import { consultationRoom, type JoinConsultationResult } from "./consultation-events";
import { type RealtimeSocket, ZSeq } from "./socket";

const ZJoinConsultation = z.object({
  consultationId: z.string().regex(/^[a-z0-9]{1,40}$/i),
  afterSeq: ZSeq.optional(),
});

async function joinConsultation(socket: RealtimeSocket, request: unknown): Promise<JoinConsultationResult> {
  const parsed = ZJoinConsultation.safeParse(request);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { consultationId, afterSeq } = parsed.data;
  const viewer = socket.data.userId ? await loadActor(socket.data.userId) : null;
  if (!viewer) return { ok: false, error: "not found" };
  // Unlike a public thread, the check comes before the join: a private room must never hold anyone else, even for
  // a moment. A message committed between the check and the join is in the catch-up read that follows.
  try {
    await listConsultationMessagesSince({ viewer, consultationId });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return { ok: false, error: "not found" };
    throw error;
  }
  if (socket.disconnected) return { ok: false, error: "failed" };
  const room = consultationRoom(consultationId);
  await socket.join(room);
  try {
    return { ok: true, missed: await listConsultationMessagesSince({ viewer, consultationId, afterSeq }) };
  } catch (error) {
    await socket.leave(room);
    throw error;
  }
}

/** Registers the consultation events on one connected socket. */
export function registerConsultationHandlers(socket: RealtimeSocket): void {
  socket.on("consultation:join", (request, ack) => {
    if (typeof ack !== "function") return;
    joinConsultation(socket, request).then(ack, (error: unknown) => {
      console.error("consultation:join failed", { request, userId: socket.data.userId, error });
      ack({ ok: false, error: "failed" });
    });
  });
  socket.on("consultation:leave", (request) => {
    const consultationId = (request as { consultationId?: unknown } | undefined)?.consultationId;
    if (typeof consultationId === "string") void socket.leave(consultationRoom(consultationId));
  });
}
