// The daily digest for people who chose it (User.emailFrequency = DAILY_DIGEST): once a day, after DIGEST_HOUR_UTC,
// one e-mail with every notification not yet digested, grouped (compose-digest.ts), written to the outbox that
// send-pending-emails.ts delivers.
import { db, type Tx } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { type ComposedDigestItem, composeDigest } from "./compose-digest";
import { appOrigin, clip } from "./send-notices";

export type SendDailyDigestsResult = {
  /** People whose digest was due and who were claimed by this run. */
  claimed: number;
  /** Digest e-mails written (claimed people with nothing new get none). */
  written: number;
};

const QUOTE_MAX = 120;

/** Today's digest moment: DIGEST_HOUR_UTC on now's UTC date. */
export function digestMomentOf(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), env().DIGEST_HOUR_UTC));
}

/**
 * Writes today's digests. Each person is claimed in their own transaction by a conditional update of
 * lastDigestAt, which holds their row until the commit: a second run at the same time waits, re-reads the
 * condition and skips them, so nobody gets two digests. The notifications, the e-mail and lastDigestAt are
 * saved together or not at all. People with nothing new get no e-mail, but their day counts as done.
 */
export async function sendDailyDigests({
  now = new Date(),
  limit = 200,
}: {
  now?: Date;
  limit?: number;
} = {}): Promise<SendDailyDigestsResult> {
  const result: SendDailyDigestsResult = { claimed: 0, written: 0 };
  const moment = digestMomentOf(now);
  if (now < moment) return result;
  const people = await db().user.findMany({
    where: dueFor(moment),
    select: { id: true },
    orderBy: { id: "asc" },
    take: limit,
  });
  for (const person of people) {
    const outcome = await db().$transaction((tx) => digestOne(tx, { userId: person.id, moment, now }));
    if (outcome === "skipped") continue;
    result.claimed += 1;
    if (outcome === "written") result.written += 1;
  }
  return result;
}

/** Who is due: on the digest, and not digested since today's moment. */
const dueFor = (moment: Date): Prisma.UserWhereInput => ({
  emailFrequency: "DAILY_DIGEST",
  OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: moment } }],
});

async function digestOne(
  tx: Tx,
  options: { userId: string; moment: Date; now: Date },
): Promise<"skipped" | "empty" | "written"> {
  const { userId, moment, now } = options;
  const { count } = await tx.user.updateMany({
    where: { id: userId, ...dueFor(moment) },
    data: { lastDigestAt: now },
  });
  if (count !== 1) return "skipped";
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
  const notifications = await tx.notification.findMany({
    where: { userId, digestedAt: null, createdAt: { lte: now } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, type: true, title: true, url: true, readAt: true, data: true },
  });
  if (notifications.length === 0) return "empty";

  const idOf = (data: unknown, key: "questionId" | "consultationId") => {
    const value = data && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
    return typeof value === "number" || typeof value === "string" ? value : undefined;
  };
  const questionIds = [
    ...new Set(notifications.map((n) => idOf(n.data, "questionId")).filter((id) => id !== undefined)),
  ];
  const consultationIds = [
    ...new Set(notifications.map((n) => idOf(n.data, "consultationId")).filter((id) => id !== undefined)),
  ];
  const [questions, consultations] = await Promise.all([
    tx.question.findMany({
      where: { id: { in: questionIds.map(Number).filter(Number.isSafeInteger) } },
      select: { id: true, title: true, hiddenAt: true, deletedAt: true },
    }),
    tx.consultation.findMany({
      where: { id: { in: consultationIds.map(String) } },
      select: { id: true, subject: true },
    }),
  ]);
  const questionOf = new Map(questions.map((q) => [q.id, q]));
  const consultationOf = new Map(consultations.map((c) => [c.id, c]));

  const items: ComposedDigestItem[] = notifications.map((notification) => {
    const questionId = Number(idOf(notification.data, "questionId"));
    const consultationId = String(idOf(notification.data, "consultationId"));
    const question = questionOf.get(questionId);
    const consultation = consultationOf.get(consultationId);
    // A hidden question's title may carry what it was hidden for: the digest does not repeat it.
    const topic = question
      ? {
          key: `question:${question.id}`,
          heading:
            question.hiddenAt || question.deletedAt
              ? "On a question you follow"
              : `On “${clip(question.title, QUOTE_MAX)}”`,
          url: `/questions/${question.id}`,
        }
      : consultation
        ? {
            key: `consultation:${consultation.id}`,
            heading: `About the consultation “${clip(consultation.subject, QUOTE_MAX)}”`,
            url: `/consultations/${consultation.id}`,
          }
        : null;
    return {
      type: notification.type,
      title: notification.title,
      url: notification.url,
      read: notification.readAt !== null,
      topic,
    };
  });
  const digest = composeDigest({ name: user.name, origin: appOrigin(), items });
  await tx.emailOutbox.create({
    data: { userId, toAddress: user.email, subject: clip(digest.subject, 200), textBody: digest.text },
  });
  await tx.notification.updateMany({
    where: { id: { in: notifications.map((n) => n.id) } },
    data: { digestedAt: now },
  });
  return "written";
}
