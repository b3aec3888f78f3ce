import { db } from "../db";

/**
 * Deletes "is answering" locks that expired (the doctor stopped typing without saying so: a closed laptop, a lost
 * connection). Readers already ignore them; this only keeps the table small. Run by lib/jobs/background-jobs.ts;
 * safe in several processes at once (a delete of what is already gone deletes nothing).
 */
export async function sweepExpiredAnsweringLocks({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const { count } = await db().answeringLock.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
