// The words of complaint outcomes: what reporters and authors read (lib/notifications/send-notices.ts sends them).
import type { ComplaintResolution } from "../generated/prisma/enums";

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
export function targetPath(target: {
  targetType: string;
  targetId: string;
  question: { id: number } | null;
}): string | null {
  if (!target.question || target.targetType === "USER") return null;
  const anchor = target.targetType === "MESSAGE" ? `#m_${target.targetId}` : "";
  return `/questions/${target.question.id}${anchor}`;
}
