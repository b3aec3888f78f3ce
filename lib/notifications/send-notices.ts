// The one way a notification is created. One notification per notice, written in the caller's transaction;
// people who chose immediate e-mail also get an outbox row (send-pending-emails.ts delivers it). People on the
// daily digest get nothing now: send-daily-digests.ts collects their notifications once a day. People who chose
// no e-mail get only the in-app notification. Open pages hear of the new notification after the commit through
// a database trigger (prisma/migrations/20261126160000_notification_notify), so callers publish nothing.
import type { Tx } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import type { NotificationType } from "../generated/prisma/enums";

export type Notice = {
  userId: string;
  type: NotificationType;
  title: string;
  body: string | null;
  /** A path inside the app the person may open, or null. */
  url: string | null;
  data?: Prisma.InputJsonValue;
  /** The e-mail for people who want one at once; without it, one is written from the title, body and url. */
  email?: { subject: string; text: string };
  createdAt?: Date;
};

export type SendNoticesResult = { notifiedUserIds: string[]; emailedUserIds: string[] };

const TITLE_MAX = 200;
const SUBJECT_MAX = 200;
export const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The app's public origin without a trailing slash, for links in e-mails. */
export const appOrigin = () => env().NEXTAUTH_URL.replace(/\/+$/, "");

/** One notification per notice and, for people who want e-mail at once, one outbox row each. */
export async function sendNotices(
  tx: Tx,
  notices: readonly Notice[],
  why = "You receive this e-mail because of a report on Consilium that concerns you or that you made.",
): Promise<SendNoticesResult> {
  if (notices.length === 0) return { notifiedUserIds: [], emailedUserIds: [] };
  const created = await tx.notification.createManyAndReturn({
    data: notices.map((notice) => ({
      userId: notice.userId,
      type: notice.type,
      title: clip(notice.title, TITLE_MAX),
      body: notice.body,
      url: notice.url,
      data: notice.data,
      ...(notice.createdAt && { createdAt: notice.createdAt }),
    })),
    select: { id: true, userId: true, title: true, body: true, url: true },
  });
  const people = await tx.user.findMany({
    where: { id: { in: [...new Set(notices.map((notice) => notice.userId))] }, emailFrequency: "IMMEDIATE" },
    select: { id: true, email: true },
  });
  const emailOf = new Map(people.map((person) => [person.id, person.email]));
  const origin = appOrigin();
  // createManyAndReturn keeps the order of its input, so row i belongs to notice i.
  const emailed = created.flatMap((row, index) => (emailOf.has(row.userId) ? [{ row, notice: notices[index] }] : []));
  const result = {
    notifiedUserIds: created.map((row) => row.userId),
    emailedUserIds: emailed.map((e) => e.row.userId),
  };
  if (emailed.length === 0) return result;
  await tx.emailOutbox.createMany({
    data: emailed.map(({ row, notice }) => ({
      userId: row.userId,
      notificationId: row.id,
      toAddress: emailOf.get(row.userId) as string,
      subject: clip(notice?.email?.subject ?? row.title, SUBJECT_MAX),
      textBody:
        notice?.email?.text ??
        [
          `${row.title}.`,
          ...(row.body ? ["", row.body] : []),
          ...(row.url ? ["", `See it on Consilium: ${origin}${row.url}`] : []),
          "",
          why,
          "You can choose a daily digest or no e-mail in your settings.",
        ].join("\n"),
      ...(notice?.createdAt && { createdAt: notice.createdAt }),
    })),
  });
  return result;
}
