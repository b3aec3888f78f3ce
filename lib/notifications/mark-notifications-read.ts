import type { Actor } from "../auth/permissions";
import { db } from "../db";

/** Marks the actor's notifications read: the given ones, or all. Others' notifications are never touched. */
export async function markNotificationsRead(options: {
  actor: Actor;
  notificationIds?: readonly string[];
  now?: Date;
}): Promise<{ marked: number }> {
  const { count } = await db().notification.updateMany({
    where: {
      userId: options.actor.id,
      readAt: null,
      ...(options.notificationIds && { id: { in: [...options.notificationIds] } }),
    },
    data: { readAt: options.now ?? new Date() },
  });
  return { marked: count };
}
