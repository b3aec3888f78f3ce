import { can, type Viewer } from "../auth/permissions";
import type { Tx } from "../db";
import { DomainError } from "../errors";
import type { QuestionStatus } from "../generated/prisma/enums";
import { isRowId } from "../validation/row-id";

export type LockedQuestion = {
  id: number;
  authorId: string;
  specialtyId: number;
  status: QuestionStatus;
  hidden: boolean;
};

/**
 * Reads a question for a change to its thread and locks its row until the transaction ends, so an answer,
 * a reply and a close on one question happen one after the other: nothing is posted into a question that
 * was closed a moment earlier. Missing, deleted and unreadable questions are all NOT_FOUND.
 */
export async function lockQuestion(tx: Tx, options: { questionId: number; viewer: Viewer }): Promise<LockedQuestion> {
  const { questionId, viewer } = options;
  if (!isRowId(questionId)) {
    throw new DomainError("NOT_FOUND", "This question does not exist.");
  }
  const rows = await tx.$queryRaw<
    { id: number; authorId: string; specialtyId: number; status: QuestionStatus; hidden: boolean; deleted: boolean }[]
  >`SELECT id, "authorId", "specialtyId", status::text AS status,
           "hiddenAt" IS NOT NULL AS hidden, "deletedAt" IS NOT NULL AS deleted
      FROM "Question" WHERE id = ${questionId} FOR UPDATE`;
  const row = rows[0];
  if (!row || row.deleted || !can(viewer, "question.read", row)) {
    throw new DomainError("NOT_FOUND", "This question does not exist.");
  }
  return { id: row.id, authorId: row.authorId, specialtyId: row.specialtyId, status: row.status, hidden: row.hidden };
}
