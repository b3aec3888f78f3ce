import { db } from "../db";
import type { AnsweringDoctor } from "../realtime/queue-events";
import { doctorName } from "../text/doctor-name";

/** "Dr. Anna Petrova" (as the thread's labels write doctors). */

export type ListAnsweringDoctorsOptions = { questionId: number; now?: Date };

/**
 * The doctors writing an answer to a question now: unexpired soft locks only, longest-writing first. Expired locks
 * are ignored and deleted here, lazily (nothing else sweeps them). A doctor whose answer is already posted is not
 * "answering" any more, even if a lock outlived the post.
 */
export async function listAnsweringDoctors({
  questionId,
  now = new Date(),
}: ListAnsweringDoctorsOptions): Promise<AnsweringDoctor[]> {
  const client = db();
  await client.answeringLock.deleteMany({ where: { questionId, expiresAt: { lte: now } } });
  const locks = await client.answeringLock.findMany({
    where: {
      questionId,
      expiresAt: { gt: now },
      doctor: { messages: { none: { questionId, kind: "ANSWER", deletedAt: null } } },
    },
    orderBy: [{ startedAt: "asc" }, { doctorId: "asc" }],
    select: { doctorId: true, expiresAt: true, doctor: { select: { name: true } } },
  });
  return locks.map((lock) => ({
    doctorId: lock.doctorId,
    name: doctorName(lock.doctor.name),
    expiresInSeconds: Math.max(1, Math.ceil((lock.expiresAt.getTime() - now.getTime()) / 1000)),
  }));
}
