// Socket handlers of the doctor queue (live new questions) and of "Dr. X is answering" (soft locks), registered by
// server.ts on every connection. Payloads come from any client: validated here. Rights are read fresh from the
// database on every request, as on page requests.

import { z } from "zod";
import { loadActor } from "../auth/load-actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { isDomainError } from "../errors";
import { listAnsweringDoctors } from "../questions/list-answering-doctors";
import { startAnswering } from "../questions/start-answering";
import { stopAnswering } from "../questions/stop-answering";
import { ZRowId } from "../validation/row-id";
import { questionRoom } from "./events";
import { publishQueueUpdate } from "./publish-queue-event";
import { type AnswerSignalResult, type JoinQueueResult, queueRoom } from "./queue-events";
import type { RealtimeSocket } from "./socket";

const ZJoinQueue = z.object({ specialtyIds: z.array(ZRowId).min(1).max(50) });
const ZAnswerSignal = z.object({ questionId: ZRowId });

/** Only a verified doctor, and only into the rooms of their own specialties: all or nothing. */
async function joinQueue(socket: RealtimeSocket, request: unknown): Promise<JoinQueueResult> {
  const parsed = ZJoinQueue.safeParse(request);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const requested = [...new Set(parsed.data.specialtyIds)];
  const actor = socket.data.userId ? await loadActor(socket.data.userId) : null;
  if (!actor || !can(actor, "doctor.queue.view")) return { ok: false, error: "forbidden" };
  const own = await db().doctorSpecialty.count({ where: { doctorId: actor.id, specialtyId: { in: requested } } });
  if (own !== requested.length) return { ok: false, error: "forbidden" };
  await socket.join(requested.map(queueRoom));
  return { ok: true, specialtyIds: requested };
}

async function broadcastAnswering(socket: RealtimeSocket, questionId: number): Promise<void> {
  const doctors = await listAnsweringDoctors({ questionId });
  socket.nsp.to(questionRoom(questionId)).emit("answer:doctors", { questionId, doctors });
  // The queue pages show who is writing, too.
  await publishQueueUpdate({ questionId, answering: doctors.map((doctor) => doctor.name) });
}

/**
 * How many of a doctor's connections (tabs) in this process are writing an answer to a question: the lock is released
 * only when the last of them stops, so closing one tab does not hide a doctor still typing in another.
 */
const writers = new Map<string, number>();
const writerKey = (userId: string, questionId: number) => `${userId}:${questionId}`;
function addWriter(userId: string, questionId: number): void {
  const key = writerKey(userId, questionId);
  writers.set(key, (writers.get(key) ?? 0) + 1);
}
/** True when no other connection of this doctor still writes to the question. */
function removeWriter(userId: string, questionId: number): boolean {
  const key = writerKey(userId, questionId);
  const left = (writers.get(key) ?? 1) - 1;
  if (left > 0) writers.set(key, left);
  else writers.delete(key);
  return left <= 0;
}

export function registerQueueHandlers(socket: RealtimeSocket): void {
  // The questions this connection holds a lock on: dropped when it disconnects.
  const answering = new Set<number>();

  const signal = async (request: unknown, start: boolean): Promise<AnswerSignalResult> => {
    const parsed = ZAnswerSignal.safeParse(request);
    if (!parsed.success) return { ok: false, error: "invalid" };
    const { questionId } = parsed.data;
    const actor = socket.data.userId ? await loadActor(socket.data.userId) : null;
    if (start) {
      try {
        await startAnswering({ actor, questionId });
      } catch (error) {
        if (isDomainError(error)) return { ok: false, error: "forbidden" };
        throw error;
      }
      if (actor && !answering.has(questionId)) addWriter(actor.id, questionId);
      answering.add(questionId);
    } else {
      const held = answering.delete(questionId);
      // Another tab of the same doctor still writing keeps the lock.
      if (held && actor && !removeWriter(actor.id, questionId)) return { ok: true };
      if (!(await stopAnswering({ actor, questionId }))) return { ok: true };
    }
    await broadcastAnswering(socket, questionId);
    return { ok: true };
  };

  const handle = (name: "answer:start" | "answer:stop", start: boolean) => {
    socket.on(name, (request, ack) => {
      signal(request, start).then(
        (result) => (typeof ack === "function" ? ack(result) : undefined),
        (error: unknown) => {
          console.error(`${name} failed`, { request, userId: socket.data.userId, error });
          if (typeof ack === "function") ack({ ok: false, error: "failed" });
        },
      );
    });
  };
  handle("answer:start", true);
  handle("answer:stop", false);

  socket.on("queue:join", (request, ack) => {
    if (typeof ack !== "function") return;
    joinQueue(socket, request).then(ack, (error: unknown) => {
      console.error("queue:join failed", { request, userId: socket.data.userId, error });
      ack({ ok: false, error: "forbidden" });
    });
  });

  // The connection is shared by the whole tab: a doctor leaving the queue page leaves its rooms, or new questions
  // would keep arriving for a page that is gone. Leaving needs no check.
  socket.on("queue:leave", (request) => {
    const parsed = ZJoinQueue.safeParse(request);
    if (parsed.success) for (const specialtyId of parsed.data.specialtyIds) void socket.leave(queueRoom(specialtyId));
  });

  socket.on("disconnect", () => {
    const userId = socket.data.userId;
    if (!userId || answering.size === 0) return;
    for (const questionId of answering) {
      if (!removeWriter(userId, questionId)) continue;
      stopAnswering({ actor: { id: userId }, questionId })
        .then((removed) => (removed ? broadcastAnswering(socket, questionId) : undefined))
        .catch((error: unknown) => console.error("answer lock release failed", { questionId, userId, error }));
    }
    answering.clear();
  });
}
