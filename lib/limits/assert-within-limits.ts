// Flood limits for posting, counted from the posts themselves (Question, ThreadMessage and ConsultationMessage rows,
// indexed by author and time), so there is no counter to drift and deleted posts still count.
import { type Actor, can } from "../auth/permissions";
import type { Tx } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";

export type LimitedAction = "question" | "message" | "private-message";

export type AssertWithinLimitsOptions = {
  actor: Actor;
  /** "question": asking; "message": answers and replies together; "private-message": consultation messages. */
  action: LimitedAction;
  now?: Date;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** "3 hours 20 minutes", "1 minute", "40 seconds": rounded up, so the user is never told to come back too early. */
export function waitDescription(milliseconds: number): string {
  const seconds = Math.max(1, Math.ceil(milliseconds / 1000));
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  const minutes = Math.ceil(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;
  if (hours === 0) return part(minutes, "minute");
  return rest === 0 ? part(hours, "hour") : `${part(hours, "hour")} ${part(rest, "minute")}`;
}

/**
 * Refuses with RATE_LIMITED when the actor has already posted the most allowed in the rolling window.
 * Call it inside the posting transaction: it takes a per-user advisory lock first, so two posts sent at
 * the same moment are counted one after the other and cannot both slip under the limit. Staff are exempt.
 */
export async function assertWithinLimits(tx: Tx, { actor, action, now = new Date() }: AssertWithinLimitsOptions) {
  if (can(actor, "limits.exempt")) return;
  // Released at commit or rollback. hashtext collisions only make two users wait for each other briefly.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`limits:${actor.id}`}))`;

  const config = env();
  if (action === "question") {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { createdAt: true } });
    const isNew = now.getTime() - user.createdAt.getTime() < config.NEW_ACCOUNT_DAYS * DAY_MS;
    const limit = isNew ? config.QUESTIONS_PER_DAY_NEW_ACCOUNT : config.QUESTIONS_PER_DAY;
    const recent = await tx.question.findMany({
      where: { authorId: actor.id, createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { createdAt: true },
    });
    const oldestCounted = recent.length >= limit ? recent[limit - 1] : undefined;
    if (oldestCounted) {
      const wait = waitDescription(oldestCounted.createdAt.getTime() + DAY_MS - now.getTime());
      const who = isNew ? "a new account" : "an account";
      throw new DomainError(
        "RATE_LIMITED",
        `You have asked ${limit} ${limit === 1 ? "question" : "questions"} in the last 24 hours, the most ${who} may. ` +
          `You can ask your next question in ${wait}.`,
      );
    }
    return;
  }

  // Public and private messages have a limit each: a doctor answering in a thread is not slowed in a consultation.
  const limit = config.MESSAGES_PER_MINUTE;
  const window = { authorId: actor.id, createdAt: { gt: new Date(now.getTime() - MINUTE_MS) } };
  const recentQuery = {
    where: window,
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  } as const;
  const recent =
    action === "message"
      ? await tx.threadMessage.findMany(recentQuery)
      : await tx.consultationMessage.findMany(recentQuery);
  const oldestCounted = recent.length >= limit ? recent[limit - 1] : undefined;
  if (oldestCounted) {
    const wait = waitDescription(oldestCounted.createdAt.getTime() + MINUTE_MS - now.getTime());
    throw new DomainError(
      "RATE_LIMITED",
      `You have posted ${limit} ${limit === 1 ? "message" : "messages"} in the last minute. You can post again in ${wait}.`,
    );
  }
}
