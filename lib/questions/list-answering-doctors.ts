import { db } from "../db";
import type { AnsweringDoctor } from "../realtime/queue-events";
import { doctorName } from "../text/doctor-name";

/** "Dr. Anna Petrova" (as the thread's labels write doctors). */

export type ListAnsweringDoctorsOptions = { questionId: number; now?: Date };

/**
 * The doctors writing an answer to a question now: unexpired soft locks only, longest-writing first. Expired locks
 * are ignored, not deleted: reading writes nothing (sweep-expired-answering-locks.ts removes them on a timer). A
 * doctor whose answer is already posted is not "answering" any more, even if a lock outlived the post.
 * The question page reads the same list inside its one statement (question-page-query.ts): keep the two alike.
 */
export async function listAnsweringDoctors({
  questionId,
  now = new Date(),
}: ListAnsweringDoctorsOptions): Promise<AnsweringDoctor[]> {
  const locks = await db().answeringLock.findMany({
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
