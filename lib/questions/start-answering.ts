import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { db } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";
import { isRowId } from "../validation/row-id";

export type StartAnsweringOptions = { actor: Viewer; questionId: number; now?: Date };

export type AnsweringLockView = { questionId: number; doctorId: string; expiresAt: Date };

/**
 * "Dr. X is answering": a verified doctor who starts writing an answer takes (or, while typing, renews) a soft lock
 * that expires ANSWERING_LOCK_SECONDS later. It blocks nobody; others viewing the question see who is writing, so
 * three doctors do not write the same answer at once.
 */
export async function startAnswering({
  actor,
  questionId,
  now = new Date(),
}: StartAnsweringOptions): Promise<AnsweringLockView> {
  const refusal = writeRefusal(actor, "answer questions", now);
  if (refusal) throw refusal;
  if (!isRowId(questionId)) {
    throw new DomainError("NOT_FOUND", "This question does not exist.");
  }
  const client = db();
  const question = await client.question.findUnique({
    where: { id: questionId },
    select: { authorId: true, status: true, hiddenAt: true, deletedAt: true },
  });
  const resource = question && {
    authorId: question.authorId,
    status: question.status,
    hidden: question.hiddenAt !== null,
  };
  if (!question || !resource || question.deletedAt !== null || !can(actor, "question.read", resource, now)) {
    throw new DomainError("NOT_FOUND", "This question does not exist.");
  }
  if (!actor || !can(actor, "answer.start", resource, now)) {
    throw new DomainError("FORBIDDEN", "Only verified doctors can answer open questions.");
  }
  const answered = await client.threadMessage.count({
    where: { questionId, authorId: actor.id, kind: "ANSWER", deletedAt: null },
  });
  if (answered > 0) throw new DomainError("CONFLICT", "You have already answered this question.");

  const expiresAt = new Date(now.getTime() + env().ANSWERING_LOCK_SECONDS * 1000);
  // A renewal keeps startedAt: the order of "who started first" stays stable while both type.
  await client.answeringLock.upsert({
    where: { questionId_doctorId: { questionId, doctorId: actor.id } },
    create: { questionId, doctorId: actor.id, startedAt: now, expiresAt },
    update: { expiresAt },
  });
  return { questionId, doctorId: actor.id, expiresAt };
}
