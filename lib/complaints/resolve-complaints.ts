// resolveComplaints in order, and the file in lib/complaints/ each step lives in:
//  1. refuse the signed-out and suspended, check can("complaint.resolve"), parse the form: here.
//  2. lock the target (load-complaint-target.ts), check the pending set and medical-review routing: here.
//  3. load the target: load-complaint-target.ts; refuse an action not on offer: moderation-action-rules.ts.
//  4. mark the complaints resolved (a conditional update): here.
//  5. do the decision to the target or its author, with its audit entry: apply-moderation-action.ts (hide-target.ts).
//  6. word the reporters' notices: complaint-outcome-notices.ts (the author's comes from step 5); sendNotices queues.
//  7. after the commit: delete a removed file's bytes, publish, invalidate pages (complaint-target-page-tags.ts).
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePages } from "../cache/invalidate-pages";
import { db } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";
import type { ComplaintResolution } from "../generated/prisma/enums";
import { sendNotices } from "../notifications/send-notices";
import { publishQueueUpdate } from "../realtime/publish-queue-event";
import { publishQuestionStatus } from "../realtime/publish-thread-message";
import { getStorage } from "../storage/get-storage";
import { ZResolveComplaints } from "../validation/complaint";
import { parseInput } from "../validation/parse-input";
import { applyModerationAction } from "./apply-moderation-action";
import { reporterNotices } from "./complaint-outcome-notices";
import { complaintTargetPageTags } from "./complaint-target-page-tags";
import { type ComplaintTarget, loadComplaintTarget, lockComplaintTarget } from "./load-complaint-target";
import { availableActions, type ModerationAction, RESOLUTION_OF, targetNoun } from "./moderation-action-rules";

export type ResolveComplaintsOptions = {
  actor: Viewer;
  /** The queue form's values; parsed here with ZResolveComplaints. */
  input: unknown;
  now?: Date;
};

export type ResolvedComplaints = {
  action: ModerationAction;
  resolution: ComplaintResolution;
  resolvedComplaintIds: string[];
  targetType: ComplaintTarget["targetType"];
  targetId: string;
};

export const HANDLED_ELSEWHERE = "Another moderator has just handled this.";
export const NEW_REPORTS_ARRIVED = "New reports about this arrived while you were deciding. Look at them, then decide.";
export const MEDICAL_REVIEW_ONLY =
  "Reports of dangerous medical advice are decided by moderators who are doctors (medical reviewers) or by administrators.";

/**
 * A moderator decides on every pending complaint about one target at once: dismiss, hide, restore, delete a
 * file, warn or suspend the author, or close the question. The decision applies to exactly the complaints the
 * moderator was shown, each still pending (a conditional update), or to none: two moderators deciding at the same
 * moment get one decision and one CONFLICT. In one transaction: the complaints, the change to the target or its
 * author, the audit entry, and the notifications (with e-mails) to every reporter and to the author.
 */
export async function resolveComplaints({
  actor,
  input,
  now = new Date(),
}: ResolveComplaintsOptions): Promise<ResolvedComplaints> {
  const refusal = writeRefusal(actor, "decide on reports", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "complaint.resolve", { routedToMedicalReview: false }, now)) {
    throw new DomainError("FORBIDDEN", "Only moderators and administrators can decide on reports.");
  }
  const { targetType, targetId, action, reason, suspendDays, ...parsed } = parseInput(ZResolveComplaints, input);
  const complaintIds = [...new Set(parsed.complaintIds)];
  const resolution = RESOLUTION_OF[action];

  const outcome = await db().$transaction(async (tx) => {
    await lockComplaintTarget(tx, { targetType, targetId });
    const pending = await tx.complaint.findMany({
      where: { targetType, targetId, state: "PENDING" },
      select: { id: true, reporterId: true, reason: true },
    });
    const pendingIds = new Set(pending.map((complaint) => complaint.id));
    if (complaintIds.some((id) => !pendingIds.has(id))) throw new DomainError("CONFLICT", HANDLED_ELSEWHERE);
    if (pendingIds.size !== complaintIds.length) throw new DomainError("CONFLICT", NEW_REPORTS_ARRIVED);

    const routedToMedicalReview =
      env().MEDICAL_REVIEW_ROUTING && pending.some((complaint) => complaint.reason === "DANGEROUS_ADVICE");
    if (!can(actor, "complaint.resolve", { routedToMedicalReview }, now)) {
      throw new DomainError("FORBIDDEN", MEDICAL_REVIEW_ONLY);
    }
    const target = await loadComplaintTarget(tx, { targetType, targetId });
    if (!target) throw new DomainError("NOT_FOUND", "This no longer exists.");
    // Nobody judges reports about themself.
    if (target.author?.id === actor.id) {
      throw new DomainError("FORBIDDEN", "Reports about your own posts or account are for another moderator.");
    }
    if (!availableActions(target).includes(action)) {
      throw new DomainError("INVALID", `That cannot be done to ${targetNoun(target)} as it is now.`, {
        action: ["Choose one of the decisions offered."],
      });
    }

    const { count } = await tx.complaint.updateMany({
      where: { id: { in: complaintIds }, state: "PENDING" },
      data: { state: "RESOLVED", resolution, resolutionNote: reason ?? null, moderatorId: actor.id, resolvedAt: now },
    });
    // The lock above makes this the same set; the condition is what guarantees it should any path skip the lock.
    if (count !== complaintIds.length) throw new DomainError("CONFLICT", HANDLED_ELSEWHERE);

    const effect = await applyModerationAction(tx, { actor, target, action, reason, suspendDays, complaintIds, now });
    await sendNotices(tx, [
      ...reporterNotices(target, pending, resolution, action),
      ...(effect.authorNotice ? [effect.authorNotice] : []),
    ]);
    return { target, effect };
  });

  const { target, effect } = outcome;
  if (effect.storageKeyToDelete) await removeStoredObject(effect.storageKeyToDelete, target.targetId);
  if (target.question) {
    const questionId = target.question.id;
    // publishQuestionStatus updates the doctors' queues as well; a hidden or restored answer changes only them.
    if (effect.questionChanged) await publishQuestionStatus({ questionId });
    else await publishQueueUpdate({ questionId });
  }
  await invalidatePages(complaintTargetPageTags(target));
  return { action, resolution, resolvedComplaintIds: complaintIds, targetType, targetId: target.targetId };
}

/**
 * The row of a deleted file stays (deletedAt) and nothing serves it any more; the bytes go too, since a file
 * reported for personal data should not linger. The purge of orphan uploads only covers files never attached,
 * so this is the one place that removes them; a failure leaves an unreachable object and is logged.
 */
async function removeStoredObject(storageKey: string, attachmentId: string): Promise<void> {
  try {
    await getStorage().delete(storageKey);
  } catch (error) {
    console.error("resolveComplaints: could not delete a stored object", { attachmentId, storageKey, error });
  }
}
