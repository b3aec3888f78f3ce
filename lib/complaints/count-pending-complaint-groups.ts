import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";

/**
 * For the header's Moderation badge: how many targets have pending complaints (what the queue lists), or null
 * for anyone who may not see the queue. One count on the (state, targetType, targetId) index.
 */
export async function countPendingComplaintGroups(options: { actor: Viewer }): Promise<number | null> {
  if (!can(options.actor, "moderation.queue.view")) return null;
  const [row] = await db().$queryRaw<{ groups: number }[]>`
    SELECT count(DISTINCT ("targetType", "targetId"))::int AS groups FROM "Complaint" WHERE state = 'PENDING'`;
  return row?.groups ?? 0;
}
