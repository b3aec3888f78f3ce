// Tells reporters how their report ended and authors what happened to their post or account. Runs inside the
// caller's transaction like notify-thread-activity.ts: the decision, its notifications and the e-mails for
// people who chose immediate e-mail are saved together; send-pending-emails.ts delivers the e-mails later.
import type { Tx } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import type { ComplaintResolution, NotificationType } from "../generated/prisma/enums";

export type Notice = {
  userId: string;
  type: NotificationType;
  title: string;
  body: string | null;
  /** A path inside the app the person may open, or null. */
  url: string | null;
  data?: Prisma.InputJsonValue;
};

const TITLE_MAX = 200;
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
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

/** One notification per notice and, for people who want e-mail at once, one outbox row each. */
export async function sendNotices(tx: Tx, notices: readonly Notice[]): Promise<void> {
  if (notices.length === 0) return;
  const created = await tx.notification.createManyAndReturn({
    data: notices.map((notice) => ({
      userId: notice.userId,
      type: notice.type,
      title: clip(notice.title, TITLE_MAX),
      body: notice.body,
      url: notice.url,
      data: notice.data,
    })),
    select: { id: true, userId: true, title: true, body: true, url: true },
  });
  const people = await tx.user.findMany({
    where: { id: { in: [...new Set(notices.map((notice) => notice.userId))] }, emailFrequency: "IMMEDIATE" },
    select: { id: true, email: true },
  });
  const emailOf = new Map(people.map((person) => [person.id, person.email]));
  const origin = env().NEXTAUTH_URL.replace(/\/+$/, "");
  const emailed = created.filter((row) => emailOf.has(row.userId));
  if (emailed.length === 0) return;
  await tx.emailOutbox.createMany({
    data: emailed.map((row) => ({
      userId: row.userId,
      notificationId: row.id,
      toAddress: emailOf.get(row.userId) as string,
      subject: row.title,
      textBody: [
        `${row.title}.`,
        ...(row.body ? ["", row.body] : []),
        ...(row.url ? ["", `See it on Consilium: ${origin}${row.url}`] : []),
        "",
        "You receive this e-mail because of a report on Consilium that concerns you or that you made.",
        "You can choose a daily digest or no e-mail in your settings.",
      ].join("\n"),
    })),
  });
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
