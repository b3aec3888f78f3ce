import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";

export const NO_SUCH_NOTIFICATION = "This notification does not exist.";

/**
 * Marks one of the actor's notifications read (again is fine) and returns where it points. Someone else's
 * notification is answered as not found, exactly like one that does not exist.
 */
export async function markNotificationRead(options: {
  actor: Actor;
  notificationId: string;
  now?: Date;
}): Promise<{ notificationId: string; url: string | null }> {
  const { actor, notificationId, now = new Date() } = options;
  const notification = await db().notification.findFirst({
    where: { id: notificationId, userId: actor.id },
    select: { id: true, url: true, readAt: true },
  });
  if (!notification) throw new DomainError("NOT_FOUND", NO_SUCH_NOTIFICATION);
  if (notification.readAt === null) {
    // Conditional on both owner and unread: a second tab marking it at the same moment changes nothing.
    await db().notification.updateMany({
      where: { id: notification.id, userId: actor.id, readAt: null },
      data: { readAt: now },
    });
  }
  return { notificationId: notification.id, url: notification.url };
}
