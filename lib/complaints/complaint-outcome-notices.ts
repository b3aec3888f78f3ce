// The words of complaint outcomes: what reporters and authors read. Built here, queued by the caller's
// sendNotices (lib/notifications/send-notices.ts) in its transaction.
import type { ComplaintResolution } from "../generated/prisma/enums";
import type { Notice } from "../notifications/send-notices";
import { COMPLAINT_REASON_LABELS } from "../validation/complaint-reasons";
import type { ComplaintTarget } from "./load-complaint-target";
import { type ModerationAction, targetNoun } from "./moderation-action-rules";

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** "December 3, 2026" — the same words the pages use for dates. */
export const formatDay = (date: Date): string => longDate.format(date);

/** What the reporters read: "Your report was reviewed: the answer was hidden". */
export function reporterTitle(resolution: ComplaintResolution, noun: string): string {
  const outcome: Record<ComplaintResolution, string> = {
    DISMISSED: "no action was needed",
    CONTENT_RESTORED: "no action was needed",
    CONTENT_HIDDEN: `${noun} was hidden`,
    ATTACHMENT_DELETED: "the file was removed",
    AUTHOR_WARNED: noun === "the account" ? "the person was warned" : "the author was warned",
    AUTHOR_SUSPENDED: noun === "the account" ? "the account was suspended" : "the author was suspended",
    QUESTION_CLOSED: "the question was closed",
  };
  return `Your report was reviewed: ${outcome[resolution]}`;
}

/** Where a target can be seen in the app: its place in the question's thread, or null (private, or a person). */
export function targetPath(target: Pick<ComplaintTarget, "targetType" | "targetId" | "question">): string | null {
  if (!target.question || target.targetType === "USER") return null;
  const anchor = target.targetType === "MESSAGE" ? `#m_${target.targetId}` : "";
  return `/questions/${target.question.id}${anchor}`;
}

/** One notice per person who reported it; what they read depends only on the outcome, never the moderator's note. */
export function reporterNotices(
  target: ComplaintTarget,
  complaints: { reporterId: string; reason: keyof typeof COMPLAINT_REASON_LABELS }[],
  resolution: ComplaintResolution,
  action: ModerationAction,
): Notice[] {
  const noun = targetNoun(target);
  // A hidden question's title may hold what it was hidden for: it is neither quoted nor linked.
  const questionHidden = target.question?.hidden || (action === "HIDE" && target.targetType === "QUESTION");
  const where = target.question && !questionHidden ? ` on “${target.question.title}”` : "";
  const seen = new Set<string>();
  return complaints.flatMap((complaint) => {
    if (seen.has(complaint.reporterId)) return [];
    seen.add(complaint.reporterId);
    return [
      {
        userId: complaint.reporterId,
        type: "COMPLAINT_RESOLVED" as const,
        title: reporterTitle(resolution, noun),
        body: `You reported ${noun}${where} as “${COMPLAINT_REASON_LABELS[complaint.reason]}”. Thank you for helping.`,
        url: questionHidden ? null : targetPath(target),
        data: { targetType: target.targetType, targetId: target.targetId, resolution },
      },
    ];
  });
}
