import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { countUnreadNotifications } from "../../lib/notifications/count-unread-notifications";
import { listNotifications } from "../../lib/notifications/list-notifications";
import { markAllNotificationsRead } from "../../lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "../../lib/notifications/mark-notification-read";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";

setupTestDatabase("inbox");

let lena: Actor;
let omar: Actor;

beforeAll(async () => {
  const [a, b] = await Promise.all(
    ["lena", "omar"].map((name) =>
      db().user.create({ data: { email: `${name}@example.test`, name, passwordHash: "x" }, select: { id: true } }),
    ),
  );
  lena = (await loadActor(a?.id ?? "")) as Actor;
  omar = (await loadActor(b?.id ?? "")) as Actor;
  const base = new Date("2026-11-20T10:00:00Z").getTime();
  await db().notification.createMany({
    data: [
      ...[1, 2, 3].map((n) => ({
        userId: lena.id,
        type: "NEW_ANSWER" as const,
        title: `Answer ${n}`,
        url: `/questions/${n}`,
        createdAt: new Date(base + n * 60_000),
      })),
      { userId: omar.id, type: "NEW_REPLY" as const, title: "For Omar", createdAt: new Date(base) },
    ],
  });
});

describe("the notification inbox", () => {
  it("lists only the actor's own notifications, newest first, with the unread count", async () => {
    const page = await listNotifications({ actor: lena });
    expect(page.items.map((item) => item.title)).toEqual(["Answer 3", "Answer 2", "Answer 1"]);
    expect(page).toMatchObject({ unread: 3, total: 3 });
    expect(await countUnreadNotifications({ userId: omar.id })).toBe(1);
  });

  it("marks the given notifications read, never someone else's", async () => {
    const [newest] = (await listNotifications({ actor: lena })).items;
    const omars = await db().notification.findFirstOrThrow({ where: { userId: omar.id } });
    await markNotificationRead({ actor: lena, notificationId: newest?.id ?? "" });
    expect((await failureOf(markNotificationRead({ actor: lena, notificationId: omars.id }))).code).toBe("NOT_FOUND");
    expect(await countUnreadNotifications({ userId: lena.id })).toBe(2);
    expect((await db().notification.findUniqueOrThrow({ where: { id: omars.id } })).readAt).toBeNull();

    expect(await markAllNotificationsRead({ actor: lena })).toEqual({ marked: 2 });
    expect(await countUnreadNotifications({ userId: lena.id })).toBe(0);
    expect(await countUnreadNotifications({ userId: omar.id })).toBe(1);
  });
});
