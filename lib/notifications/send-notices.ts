// One notification per notice, written in the caller's transaction; people who chose immediate e-mail also get
// an outbox row (send-pending-emails.ts delivers it). People on the daily digest get their notifications in the
// digest instead; people who chose no e-mail get only the in-app notification.
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
};

const TITLE_MAX = 200;
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** One notification per notice and, for people who want e-mail at once, one outbox row each. */
export async function sendNotices(
  tx: Tx,
  notices: readonly Notice[],
  why = "You receive this e-mail because of a report on Consilium that concerns you or that you made.",
): Promise<void> {
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
        why,
        "You can choose a daily digest or no e-mail in your settings.",
      ].join("\n"),
    })),
  });
}
