// The daily digest for people who chose it (User.emailFrequency = DAILY_DIGEST): once a day, after DIGEST_HOUR_UTC,
// one e-mail with every notification not yet digested, grouped (compose-digest.ts), written to the outbox that
// send-pending-emails.ts delivers.
import { db, type Tx } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { isRowId } from "../validation/row-id";
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

  const refs = new Map(notifications.map((n) => [n.id, topicRefOf(n)]));
  const questionIds = [...refs.values()].flatMap((ref) => (ref?.kind === "question" ? [ref.questionId] : []));
  const consultationIds = [...refs.values()].flatMap((ref) =>
    ref?.kind === "consultation" ? [ref.consultationId] : [],
  );
  const [questions, consultations] = await Promise.all([
    tx.question.findMany({
      where: { id: { in: [...new Set(questionIds)] } },
      select: { id: true, title: true, hiddenAt: true, deletedAt: true },
    }),
    tx.consultation.findMany({
      where: { id: { in: [...new Set(consultationIds)] } },
      select: { id: true, subject: true },
    }),
  ]);
  const questionOf = new Map(questions.map((q) => [q.id, q]));
  const consultationOf = new Map(consultations.map((c) => [c.id, c]));

  const items: ComposedDigestItem[] = notifications.map((notification) => {
    const ref = refs.get(notification.id);
    const question = ref?.kind === "question" ? questionOf.get(ref.questionId) : undefined;
    const consultation = ref?.kind === "consultation" ? consultationOf.get(ref.consultationId) : undefined;
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

type TopicRef = { kind: "question"; questionId: number } | { kind: "consultation"; consultationId: string };

/** What a notification is about: its data's questionId or consultationId, else the question or consultation it links to. */
function topicRefOf(notification: { data: unknown; url: string | null }): TopicRef | null {
  const data = (notification.data && typeof notification.data === "object" ? notification.data : {}) as Record<
    string,
    unknown
  >;
  const questionId = Number(data.questionId ?? notification.url?.match(/^\/questions\/(\d+)/)?.[1]);
  if (isRowId(questionId)) {
    return { kind: "question", questionId };
  }
  const consultationId = data.consultationId ?? notification.url?.match(/^\/consultations\/([A-Za-z0-9_-]{1,40})/)?.[1];
  return typeof consultationId === "string" ? { kind: "consultation", consultationId } : null;
}
