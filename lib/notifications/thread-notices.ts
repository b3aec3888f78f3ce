// An answer or a reply owes its followers notifications (and e-mails). Writing them takes a query per step for
// every follower, and inside the post's transaction it kept the question's row locked and the live broadcast waiting
// (a 100th answer spent ~45 ms of its ~55 ms transaction there). So the post's transaction only records the debt
// (owe), the posting process broadcasts and then pays it in a transaction of its own (pay), and the worker pays
// whatever is still owed a while later (payOverdue): the posting process died, or its payment failed and rolled back.
// Paying deletes the row first, so a debt is paid once even when a payer and the worker meet.
import { db, type Tx } from "../db";
import type { MessageKind } from "../generated/prisma/enums";
import { type NotifyResult, notifyThreadActivity } from "./notify-thread-activity";

/** A debt older than this is the worker's: its posting process had time enough to pay it. */
export const OVERDUE_AFTER_MS = 30_000;
const OVERDUE_BATCH = 100;

/** In the post's transaction: the message's notifications are owed, whatever happens after the commit. */
export async function oweThreadNotices(tx: Tx, options: { messageId: string; now: Date }): Promise<void> {
  await tx.pendingThreadNotice.create({ data: { messageId: options.messageId, createdAt: options.now } });
}

type Claimed = { messageId: string; questionId: number; kind: MessageKind };

async function payClaimed(tx: Tx, claimed: Claimed | undefined): Promise<NotifyResult | null> {
  if (!claimed) return null;
  return notifyThreadActivity(tx, {
    kind: claimed.kind === "ANSWER" ? "answer" : "reply",
    questionId: claimed.questionId,
    messageId: claimed.messageId,
  });
}

/**
 * After the commit: writes the message's notifications and forgets the debt, in one transaction. Null when there is
 * nothing owed (already paid by someone else). A failure rolls back and leaves the debt to the worker; callers log it.
 */
export async function payThreadNotices(messageId: string): Promise<NotifyResult | null> {
  return db().$transaction(async (tx) => {
    const [claimed] = await tx.$queryRaw<Claimed[]>`
      DELETE FROM "PendingThreadNotice" p USING "ThreadMessage" m
       WHERE p."messageId" = ${messageId} AND m."id" = p."messageId"
      RETURNING p."messageId", m."questionId", m."kind"::text AS kind`;
    return payClaimed(tx, claimed);
  });
}

/**
 * The worker's job: pays debts older than OVERDUE_AFTER_MS, oldest first, each in its own transaction (one failing
 * debt does not hold back the others; it stays owed for the next run). Rows a payer holds are skipped, not waited for.
 */
export async function payOverdueThreadNotices({ now = new Date() }: { now?: Date } = {}): Promise<{
  paid: number;
  failed: number;
}> {
  const before = new Date(now.getTime() - OVERDUE_AFTER_MS);
  const failedIds: string[] = [];
  let paid = 0;
  while (paid + failedIds.length < OVERDUE_BATCH) {
    const skip = failedIds.length > 0 ? failedIds : [""];
    try {
      const result = await db().$transaction(async (tx) => {
        const [claimed] = await tx.$queryRaw<Claimed[]>`
          DELETE FROM "PendingThreadNotice" p USING "ThreadMessage" m
           WHERE p."messageId" = (
                   SELECT "messageId" FROM "PendingThreadNotice"
                    WHERE "createdAt" < ${before} AND "messageId" <> ALL(${skip})
                    ORDER BY "createdAt", "messageId" LIMIT 1 FOR UPDATE SKIP LOCKED)
             AND m."id" = p."messageId"
          RETURNING p."messageId", m."questionId", m."kind"::text AS kind`;
        if (!claimed) return "none" as const;
        try {
          await payClaimed(tx, claimed);
          return "paid" as const;
        } catch (error) {
          // Remembered outside the rolled-back transaction, so this run does not pick it again.
          failedIds.push(claimed.messageId);
          throw error;
        }
      });
      if (result === "none") break;
      paid += 1;
    } catch (error) {
      console.error("paying overdue thread notifications failed", error);
      if (failedIds.length === 0) break;
    }
  }
  return { paid, failed: failedIds.length };
}
