import type { Actor } from "../auth/permissions";
import { db } from "../db";
import type { NotificationType } from "../generated/prisma/enums";

export type NotificationItem = {
  id: string;
  type: NotificationType;
  title: string;
  body: string | null;
  url: string | null;
  read: boolean;
  createdAt: Date;
};

export type NotificationPage = {
  items: NotificationItem[];
  unread: number;
  total: number;
  page: number;
  pageCount: number;
};

/** The actor's own notifications, newest first. Nobody can list anyone else's. */
export async function listNotifications(options: {
  actor: Actor;
  page?: number;
  pageSize?: number;
}): Promise<NotificationPage> {
  const pageSize = Math.min(Math.max(options.pageSize ?? 30, 1), 100);
  const page = Math.max(options.page ?? 1, 1);
  const where = { userId: options.actor.id };
  const [rows, total, unread] = await Promise.all([
    db().notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, type: true, title: true, body: true, url: true, readAt: true, createdAt: true },
    }),
    db().notification.count({ where }),
    db().notification.count({ where: { ...where, readAt: null } }),
  ]);
  return {
    items: rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null })),
    unread,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
