// The live unread badge: a committed notification reaches its owner's open sockets through the database
// trigger and the LISTEN bridge; a rolled-back one and other people's never do.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import { markAllNotificationsRead } from "../../lib/notifications/mark-all-notifications-read";
import { sendNotices } from "../../lib/notifications/send-notices";
import { attachRealtime } from "../../lib/realtime/server";
import type { NotificationsUnreadEvent } from "../../lib/realtime/user-events";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, type Person } from "../support/thread-fixtures";

setupTestDatabase("notification_live_badge");

let http: Server;
let url: string;
let realtime: ReturnType<typeof attachRealtime>;
const sockets: Socket[] = [];
let mark: Person;
let lena: Person;

type Listener = { socket: Socket; counts: number[]; next: () => Promise<number> };

/** A signed-in browser tab: every "notifications:unread" it receives, in order. */
async function openTab(person: Person): Promise<Listener> {
  const token = await encode({ token: { uid: person.id, role: "PATIENT" }, secret: env().NEXTAUTH_SECRET });
  const socket = connect(url, {
    transports: ["websocket"],
    extraHeaders: { cookie: `next-auth.session-token=${token}` },
    reconnection: false,
  });
  sockets.push(socket);
  const counts: number[] = [];
  const waiting: ((unread: number) => void)[] = [];
  let delivered = 0;
  socket.on("notifications:unread", ({ unread }: NotificationsUnreadEvent) => {
    counts.push(unread);
    waiting.shift()?.(unread);
  });
  const next = () =>
    new Promise<number>((resolve, reject) => {
      if (counts.length > delivered) return resolve(counts[delivered++] as number);
      const timer = setTimeout(() => reject(new Error("no unread count within 5 s")), 5_000);
      waiting.push((unread) => {
        clearTimeout(timer);
        delivered++;
        resolve(unread);
      });
    });
  await new Promise<void>((resolve, reject) => {
    socket.on("connect", resolve);
    socket.on("connect_error", reject);
  });
  return { socket, counts, next };
}

const notice = (userId: string, title: string) =>
  ({ userId, type: "NEW_ANSWER", title, body: null, url: "/questions/1" }) as const;
const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  mark = await createPerson({ name: "Mark Tanner" });
  lena = await createPerson({ name: "Lena Hoffmann" });
  http = createServer();
  // The first tabs must not open before the bridge listens: its (re)connection resends every connected tab's count.
  const listening = new Promise<void>((resolve) => {
    realtime = attachRealtime(http, { onNotificationsListening: resolve });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  await listening;
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await new Promise<void>((resolve) => realtime.close(() => resolve()));
});

describe("the live unread count", () => {
  it("is sent on connecting, then after every committed notification, to each of the owner's tabs only", async () => {
    const markTab = await openTab(mark);
    const markOtherTab = await openTab(mark);
    const lenaTab = await openTab(lena);
    expect(await markTab.next()).toBe(0);
    expect(await markOtherTab.next()).toBe(0);
    expect(await lenaTab.next()).toBe(0);

    await db().$transaction((tx) => sendNotices(tx, [notice(mark.id, "Dr. Irina Maslova answered your question")]));
    expect(await markTab.next()).toBe(1);
    expect(await markOtherTab.next()).toBe(1);

    // Rolled back: the notification never existed, and nobody hears of it.
    await db()
      .$transaction(async (tx) => {
        await sendNotices(tx, [notice(mark.id, "Never committed")]);
        throw new Error("roll back");
      })
      .catch(() => undefined);
    // Two at once, in one transaction: one count, with both.
    await db().$transaction((tx) => sendNotices(tx, [notice(mark.id, "Second"), notice(mark.id, "Third")]));
    expect(await markTab.next()).toBe(3);
    expect(markTab.counts).toEqual([0, 1, 3]);

    // Read in another tab: every tab's badge agrees.
    await markAllNotificationsRead({ actor: mark.actor });
    expect(await markTab.next()).toBe(0);
    expect(await markOtherTab.next()).toBe(3);
    expect(await markOtherTab.next()).toBe(0);

    await quietFor(300);
    expect(lenaTab.counts).toEqual([0]);
    expect(await db().notification.count({ where: { title: "Never committed" } })).toBe(0);
  });

  it("keeps working after the database drops the listening connection", async () => {
    const tab = await openTab(lena);
    const listening = async () =>
      (
        await db().$queryRaw<{ pid: number }[]>`
          SELECT pid FROM pg_stat_activity
           WHERE datname = current_database() AND query LIKE 'LISTEN consilium_notification%'`
      ).map((row) => row.pid);
    const [pid] = await listening();
    expect(pid).toBeDefined();
    await db().$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    // The bridge opens a new connection within a second or so.
    await expect.poll(listening, { timeout: 5_000 }).toEqual([expect.any(Number)]);
    expect((await listening())[0]).not.toBe(pid);

    const before = tab.counts.length;
    await db().$transaction((tx) => sendNotices(tx, [notice(lena.id, "After the reconnection")]));
    await expect.poll(() => tab.counts.slice(before), { timeout: 5_000 }).toContain(1);
  });

  it("tells a visitor's socket nothing", async () => {
    const socket = connect(url, { transports: ["websocket"], reconnection: false });
    sockets.push(socket);
    const received: number[] = [];
    socket.on("notifications:unread", ({ unread }: NotificationsUnreadEvent) => received.push(unread));
    await new Promise<void>((resolve) => socket.on("connect", resolve));
    await db().$transaction((tx) => sendNotices(tx, [notice(lena.id, "For Lena")]));
    await quietFor(400);
    expect(received).toEqual([]);
    expect(await db().notification.count({ where: { userId: lena.id } })).toBe(2);
  });
});
