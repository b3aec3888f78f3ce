// What each moderation decision does to the target and its author, inside resolveComplaints' transaction,
// with its audit entry (who, what, before/after, why). Notifying the reporters is the caller's part.
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/permissions";
import type { Tx } from "../db";
import { DomainError } from "../errors";
import type { Notice } from "../notifications/send-notices";
import { closeLockedQuestion } from "../questions/close-question";
import { lockQuestion } from "../questions/lock-question";
import { formatDay, targetPath } from "./complaint-outcome-notices";
import { setTargetHidden, softDeleteAttachment } from "./hide-target";
import { type ComplaintTarget, isAutoHidden } from "./load-complaint-target";
import { AUDIT_ACTION_OF, AUDIT_TARGET_TYPE, type ModerationAction, targetNoun } from "./moderation-action-rules";

export type ActionInput = {
  actor: Actor;
  target: ComplaintTarget;
  action: ModerationAction;
  /** Required (by ZResolveComplaints) for everything but DISMISS and RESTORE. */
  reason: string | undefined;
  suspendDays: number | undefined;
  complaintIds: string[];
  now: Date;
};

export type ActionEffect = {
  /** What the author is told, if anything. */
  authorNotice: Notice | null;
  /** The stored object of a deleted file, removed after the commit. */
  storageKeyToDelete: string | null;
  /** The thread changed for its readers: open copies of the page should refresh. */
  questionChanged: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const asSentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

export async function applyModerationAction(tx: Tx, input: ActionInput): Promise<ActionEffect> {
  const { actor, target, action, reason, complaintIds, now } = input;
  const noun = targetNoun(target);
  const bareNoun = noun.replace(/^the /, "");
  const author = target.author;
  const effect: ActionEffect = { authorNotice: null, storageKeyToDelete: null, questionChanged: false };
  const audit = (entry: { targetType?: string; targetId?: string; before: object; after: object }) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: AUDIT_ACTION_OF[action],
      targetType: entry.targetType ?? AUDIT_TARGET_TYPE[target.targetType],
      targetId: entry.targetId ?? target.targetId,
      before: { ...entry.before },
      after: { ...entry.after, complaintIds, content: { type: target.targetType, id: target.targetId } },
      reason: reason ?? null,
      at: now,
    });
  const notice = (type: Notice["type"], title: string, body: string): Notice | null =>
    author && author.id !== actor.id
      ? { userId: author.id, type, title, body, url: targetPath(target), data: { targetType: target.targetType } }
      : null;

  switch (action) {
    case "DISMISS": {
      // Reports that hid something automatically were wrong: it comes back. A moderator's own hide stays.
      const unhide = isAutoHidden(target);
      if (unhide) effect.questionChanged = await setTargetHidden(tx, target, null, now);
      await audit({ before: { hidden: target.hidden !== null }, after: { hidden: target.hidden !== null && !unhide } });
      return effect;
    }
    case "HIDE": {
      const hiddenReason = reason ?? "";
      await setTargetHidden(tx, target, { reason: hiddenReason, byId: actor.id }, now);
      effect.questionChanged = true;
      await audit({
        before: { hidden: target.hidden !== null, hiddenReason: target.hidden?.reason ?? null },
        after: { hidden: true, hiddenReason },
      });
      effect.authorNotice = notice(
        "CONTENT_HIDDEN",
        `A moderator hid your ${bareNoun}`,
        `Reason: ${asSentence(hiddenReason)} You can still see it; others see that it was hidden and why.`,
      );
      return effect;
    }
    case "RESTORE": {
      effect.questionChanged = await setTargetHidden(tx, target, null, now);
      await audit({
        before: { hidden: true, hiddenReason: target.hidden?.reason ?? null },
        after: { hidden: false },
      });
      return effect;
    }
    case "DELETE_ATTACHMENT": {
      effect.storageKeyToDelete = await softDeleteAttachment(tx, target.targetId, now);
      effect.questionChanged = true;
      await audit({ before: { deleted: false }, after: { deleted: true } });
      effect.authorNotice = notice(
        "CONTENT_HIDDEN",
        "A moderator removed a file you attached",
        `Reason: ${asSentence(reason ?? "")}`,
      );
      return effect;
    }
    case "WARN_AUTHOR": {
      if (!author) throw new DomainError("INVALID", "This account no longer exists.");
      await audit({ targetType: "User", targetId: author.id, before: {}, after: { warned: true } });
      effect.authorNotice = notice(
        "AUTHOR_WARNED",
        target.targetType === "USER" ? "A moderator warned you" : `A moderator warned you about your ${bareNoun}`,
        `Reason: ${asSentence(reason ?? "")} Repeated breaches of the rules can lead to a suspension.`,
      );
      return effect;
    }
    case "SUSPEND_AUTHOR":
      return suspendAuthor(tx, input, audit, notice, effect);
    case "CLOSE_QUESTION": {
      if (!target.question) throw new DomainError("INVALID", "This is not part of a question.");
      const question = await lockQuestion(tx, { questionId: target.question.id, viewer: actor });
      await closeLockedQuestion(tx, { actor, question, reason, now, auditAfter: { complaintIds } });
      effect.questionChanged = true;
      return effect;
    }
  }
}

async function suspendAuthor(
  tx: Tx,
  { target, reason, suspendDays, now }: ActionInput,
  audit: (entry: { targetType?: string; targetId?: string; before: object; after: object }) => Promise<void>,
  notice: (type: Notice["type"], title: string, body: string) => Notice | null,
  effect: ActionEffect,
): Promise<ActionEffect> {
  const author = target.author;
  if (!author || !suspendDays) throw new DomainError("INVALID", "Choose for how many days.");
  const current = await tx.user.findUniqueOrThrow({
    where: { id: author.id },
    select: { status: true, suspendedUntil: true, suspensionReason: true },
  });
  const activeNow = current.status === "SUSPENDED" && (current.suspendedUntil === null || current.suspendedUntil > now);
  const requested = new Date(now.getTime() + suspendDays * DAY_MS);
  // A running suspension is never shortened from the queue: the later end (or an open-ended one) wins.
  const until =
    activeNow && (current.suspendedUntil === null || current.suspendedUntil > requested)
      ? current.suspendedUntil
      : requested;
  await tx.user.update({
    where: { id: author.id },
    data: { status: "SUSPENDED", suspendedUntil: until, suspensionReason: reason ?? null },
  });
  await audit({
    targetType: "User",
    targetId: author.id,
    before: {
      status: current.status,
      suspendedUntil: current.suspendedUntil?.toISOString() ?? null,
      suspensionReason: current.suspensionReason,
    },
    after: { status: "SUSPENDED", suspendedUntil: until?.toISOString() ?? null, days: suspendDays },
  });
  effect.authorNotice = notice(
    "AUTHOR_SUSPENDED",
    until ? `Your account is suspended until ${formatDay(until)}` : "Your account is suspended",
    `Reason: ${asSentence(reason ?? "")} You can still sign in and read, but you cannot ask, answer or reply until then.`,
  );
  return effect;
}
