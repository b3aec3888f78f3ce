import { recordAudit } from "../audit/record-audit";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePages } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db, type Tx } from "../db";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { notifyThreadActivity } from "../notifications/notify-thread-activity";
import { publishQuestionStatus } from "../realtime/publish-thread-message";
import { parseInput } from "../validation/parse-input";
import { ZCloseQuestion } from "../validation/question";
import { type LockedQuestion, lockQuestion } from "./lock-question";

export type CloseQuestionOptions = {
  actor: Viewer;
  /** The form's values; parsed here with ZCloseQuestion. */
  input: unknown;
  now?: Date;
};

export type ClosedQuestion = { questionId: number; closedAt: Date; closeReason: string };

export const ASKER_CLOSE_REASON = "Closed by the asker.";
const REASON_REQUIRED = "Say why you close this question: the asker and the doctors will read it.";

/**
 * The close itself, on a question the caller locked (lockQuestion) in its own transaction: the status, an audit
 * entry when staff close someone else's question, and the followers' notifications. Shared with
 * resolveComplaints, where a moderator closes a reported question in the transaction that resolves the reports.
 */
export async function closeLockedQuestion(
  tx: Tx,
  options: {
    actor: Viewer;
    question: LockedQuestion;
    reason: string | undefined;
    now: Date;
    /** Extra facts for the audit entry's "after", e.g. the complaints this close resolved. */
    auditAfter?: Record<string, Prisma.InputJsonValue>;
  },
): Promise<ClosedQuestion> {
  const { actor, question, reason, now } = options;
  const questionId = question.id;
  if (question.status === "CLOSED") throw new DomainError("CONFLICT", "This question is already closed.");
  if (!actor || !can(actor, "question.close", question, now)) {
    throw new DomainError("FORBIDDEN", "Only the person who asked can close this question.");
  }
  const byAsker = actor.id === question.authorId;
  // Closing someone else's question silences them: they are owed the reason, and it goes on record.
  if (!byAsker && !reason) throw new DomainError("INVALID", REASON_REQUIRED, { reason: [REASON_REQUIRED] });
  const closeReason = reason ?? ASKER_CLOSE_REASON;

  await tx.question.update({
    where: { id: questionId },
    data: { status: "CLOSED", closedAt: now, closedById: actor.id, closeReason },
  });
  if (!byAsker) {
    await recordAudit(tx, {
      actorId: actor.id,
      action: "question.close",
      targetType: "Question",
      targetId: questionId,
      before: { status: question.status },
      after: { status: "CLOSED", ...options.auditAfter },
      reason: closeReason,
      at: now,
    });
  }
  await notifyThreadActivity(tx, { kind: "closed", questionId, closedById: actor.id });
  return { questionId, closedAt: now, closeReason };
}

/**
 * The asker closes their question, or a moderator or admin closes anyone's with a reason. In one
 * transaction: the status, the followers' notifications and, when staff close someone else's question,
 * an audit entry. A closed question accepts no new answers or replies.
 */
export async function closeQuestion({ actor, input, now = new Date() }: CloseQuestionOptions): Promise<ClosedQuestion> {
  const refusal = writeRefusal(actor, "close questions", now);
  if (refusal) throw refusal;
  const { questionId, reason } = parseInput(ZCloseQuestion, input);

  const closed = await db().$transaction(async (tx) => {
    const question = await lockQuestion(tx, { questionId, viewer: actor });
    return closeLockedQuestion(tx, { actor, question, reason, now });
  });

  await publishQuestionStatus({ questionId });
  await invalidatePages([pageTags.question(questionId), pageTags.home]);
  return closed;
}
