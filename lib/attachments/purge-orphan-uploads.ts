import { db } from "../db";
import { getStorage } from "../storage/get-storage";

export type PurgeOrphanUploadsOptions = {
  /** Uploads older than this and still not part of a post are removed. */
  olderThanMs?: number;
  now?: Date;
  /** Rows removed per statement; the purge loops until none are left. */
  batchSize?: number;
};

export type PurgeOrphanUploadsResult = {
  /** Rows removed. */
  purged: number;
  /** Stored objects that could not be removed (logged); their rows are gone, so nothing points at them. */
  failedObjectDeletes: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes uploads nobody attached to a question, reply or consultation message within a day (the user left
 * the form, or the post failed): the row, then the stored object. Meant for a periodic job; safe to run
 * twice at once and while users post, because a row is only deleted while it is still unattached.
 */
export async function purgeOrphanUploads({
  olderThanMs = DAY_MS,
  now = new Date(),
  batchSize = 200,
}: PurgeOrphanUploadsOptions = {}): Promise<PurgeOrphanUploadsResult> {
  const cutoff = new Date(now.getTime() - olderThanMs);
  const storage = getStorage();
  let purged = 0;
  let failedObjectDeletes = 0;
  for (;;) {
    // Rows first, and only while still unattached: a file claimed by a post meanwhile is skipped (SKIP LOCKED)
    // or no longer matches, and never loses its object. An object whose delete fails is merely orphaned.
    const rows = await db().$queryRaw<{ id: string; storageKey: string }[]>`
      DELETE FROM "Attachment"
      WHERE id IN (
        SELECT id FROM "Attachment"
        WHERE "questionId" IS NULL AND "messageId" IS NULL AND "consultationMessageId" IS NULL
          -- createdAt holds UTC without a zone (Prisma's DateTime): compare in UTC whatever the session's zone.
          AND "createdAt" < (${cutoff.toISOString()}::timestamptz AT TIME ZONE 'UTC')
        ORDER BY "createdAt"
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      )
      AND "questionId" IS NULL AND "messageId" IS NULL AND "consultationMessageId" IS NULL
      RETURNING id, "storageKey"`;
    for (const row of rows) {
      try {
        await storage.delete(row.storageKey);
      } catch (error) {
        failedObjectDeletes++;
        console.error("purgeOrphanUploads: could not delete a stored object", { ...row, error });
      }
    }
    purged += rows.length;
    if (rows.length < batchSize) return { purged, failedObjectDeletes };
  }
}
