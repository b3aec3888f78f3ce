import { db } from "../db";

/** For the header badge: one cheap count on the (userId, readAt) index. */
export async function countUnreadNotifications(options: { userId: string }): Promise<number> {
  return db().notification.count({ where: { userId: options.userId, readAt: null } });
}
