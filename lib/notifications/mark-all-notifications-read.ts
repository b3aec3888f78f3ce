import type { Actor } from "../auth/permissions";
import { db } from "../db";

/**
 * Marks every unread notification of the actor read, up to `upTo` (the newest one the page showed), so one that
 * arrives while the person clicks stays unread. Nobody else's notifications are touched.
 */
export async function markAllNotificationsRead(options: {
  actor: Actor;
  upTo?: Date;
  now?: Date;
}): Promise<{ marked: number }> {
  const { count } = await db().notification.updateMany({
    where: { userId: options.actor.id, readAt: null, ...(options.upTo && { createdAt: { lte: options.upTo } }) },
    data: { readAt: options.now ?? new Date() },
  });
  return { marked: count };
}
