// Hiding, restoring and deleting reported content, inside the caller's transaction (filing a complaint that
// crosses the threshold, or a moderator's decision). The caller holds the target's lock (lockComplaintTarget),
// so the state it loaded is the state these updates change.
import type { Tx } from "../db";
import type { ComplaintTarget } from "./load-complaint-target";

export type HiddenState = { reason: string; byId: string | null };

/**
 * Hides the target (state) or shows it again (null). Question.answerCount counts visible answers, so an answer
 * going out of sight or back changes it in the same transaction. Returns whether visibility changed (a new
 * reason on something already hidden, e.g. a moderator confirming an automatic hide, is not a change).
 */
export async function setTargetHidden(
  tx: Tx,
  target: ComplaintTarget,
  state: HiddenState | null,
  now: Date,
): Promise<boolean> {
  const hiding = state !== null;
  const data = hiding
    ? { hiddenAt: target.hidden?.at ?? now, hiddenReason: state.reason }
    : { hiddenAt: null, hiddenReason: null };
  const withHider = { ...data, hiddenById: state?.byId ?? null };
  // Changes only a row still in the state we expect, so a count below can never be applied twice.
  const expected = target.hidden === null ? { hiddenAt: null } : { hiddenAt: { not: null } };
  let count = 0;
  switch (target.targetType) {
    case "QUESTION":
      ({ count } = await tx.question.updateMany({
        where: { id: Number(target.targetId), ...expected },
        data: withHider,
      }));
      break;
    case "MESSAGE":
      ({ count } = await tx.threadMessage.updateMany({ where: { id: target.targetId, ...expected }, data: withHider }));
      break;
    case "CONSULTATION_MESSAGE":
      ({ count } = await tx.consultationMessage.updateMany({ where: { id: target.targetId, ...expected }, data }));
      break;
    case "ATTACHMENT":
      ({ count } = await tx.attachment.updateMany({ where: { id: target.targetId, ...expected }, data }));
      break;
    case "USER":
      throw new Error("setTargetHidden: a person cannot be hidden");
  }
  const changed = count === 1 && hiding === (target.hidden === null);
  if (changed && target.messageKind === "ANSWER" && !target.deleted && target.question) {
    await tx.question.update({
      where: { id: target.question.id },
      data: { answerCount: hiding ? { decrement: 1 } : { increment: 1 } },
    });
  }
  return changed;
}

/**
 * Deletes a reported file: the row is kept (deletedAt) for the record and the queue's history; every reader
 * already skips deleted rows. The stored bytes are removed by the caller after the commit.
 */
export async function softDeleteAttachment(tx: Tx, attachmentId: string, now: Date): Promise<string | null> {
  const rows = await tx.attachment.updateManyAndReturn({
    where: { id: attachmentId, deletedAt: null },
    data: { deletedAt: now },
    select: { storageKey: true },
  });
  return rows[0]?.storageKey ?? null;
}
