// The notification centre's use-cases: who gets a notification and an e-mail, and reading one's own only.
import { beforeAll, describe, expect, it } from "vitest";
import { updateNotificationSettings } from "../../lib/accounts/update-notification-settings";
import { db } from "../../lib/db";
import { decideDoctorVerification } from "../../lib/doctors/decide-doctor-verification";
import { postAnswer } from "../../lib/messages/post-answer";
import { countUnreadNotifications } from "../../lib/notifications/count-unread-notifications";
import { listNotifications } from "../../lib/notifications/list-notifications";
import { markAllNotificationsRead } from "../../lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "../../lib/notifications/mark-notification-read";
import { sendNotices } from "../../lib/notifications/send-notices";
import { followQuestion } from "../../lib/questions/follow-question";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createQuestion,
  createSpecialty,
  type Person,
  relaxFloodLimits,
} from "../support/thread-fixtures";

relaxFloodLimits();
setupTestDatabase("notification_centre");

let specialtyId: number;
let irina: Person;

const notify = (userId: string, title: string, createdAt = new Date()) =>
  db().$transaction((tx) =>
    sendNotices(tx, [{ userId, type: "CONSULTATION_PAID", title, body: null, url: "/consultations/c1", createdAt }]),
  );
const unreadTitles = async (userId: string) =>
  (await db().notification.findMany({ where: { userId, readAt: null }, orderBy: { title: "asc" } })).map(
    (n) => n.title,
  );

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
});

describe("fan-out by e-mail setting", () => {
  it("notifies three followers of an answer and e-mails only the one who chose each event immediately", async () => {
    const asker = await createPerson({ name: "Mark Tanner", emailFrequency: "NONE" });
    const questionId = await createQuestion({ authorId: asker.id, specialtyId });
    const people = {
      IMMEDIATE: await createPerson({ name: "Erin Eager", emailFrequency: "IMMEDIATE" }),
      DAILY_DIGEST: await createPerson({ name: "Dana Digest", emailFrequency: "DAILY_DIGEST" }),
      NONE: await createPerson({ name: "Nora None", emailFrequency: "NONE" }),
    };
    for (const person of Object.values(people)) await followQuestion({ actor: person.actor, questionId, follow: true });

    const { messageId } = await postAnswer({ actor: irina.actor, input: { questionId, body: "Any numbness?" } });

    const notified = await db().notification.findMany({
      where: { data: { path: ["messageId"], equals: messageId } },
      select: { userId: true, type: true, digestedAt: true, readAt: true },
    });
    expect(notified.map((n) => n.userId).sort()).toEqual(
      [asker.id, people.IMMEDIATE.id, people.DAILY_DIGEST.id, people.NONE.id].sort(),
    );
    expect(notified.every((n) => n.type === "NEW_ANSWER" && n.readAt === null && n.digestedAt === null)).toBe(true);
    const emails = await db().emailOutbox.findMany({
      where: { notification: { data: { path: ["messageId"], equals: messageId } } },
      select: { userId: true, toAddress: true, subject: true },
    });
    expect(emails).toEqual([
      {
        userId: people.IMMEDIATE.id,
        toAddress: people.IMMEDIATE.email,
        subject: "Dr. Irina Maslova answered “Back pain down the right leg”",
      },
    ]);
  });

  it("applies the same setting to a doctor's verification decision", async () => {
    const admin = await createPerson({ name: "Ada Admin", role: "ADMIN" });
    const onDigest = await createDoctor({ name: "Pavel Ivanov", specialtyIds: [specialtyId], verified: false });
    const eager = await createDoctor({ name: "Olga Petrova", specialtyIds: [specialtyId], verified: false });
    await db().user.update({ where: { id: onDigest.id }, data: { emailFrequency: "DAILY_DIGEST" } });
    for (const doctor of [onDigest, eager]) {
      await decideDoctorVerification({ actor: admin.actor, input: { doctorId: doctor.id, decision: "APPROVE" } });
    }
    for (const doctor of [onDigest, eager]) {
      expect(await unreadTitles(doctor.id)).toEqual(["Your account is verified: you can answer questions now"]);
    }
    expect(await db().emailOutbox.count({ where: { userId: onDigest.id } })).toBe(0);
    const [email] = await db().emailOutbox.findMany({ where: { userId: eager.id } });
    expect(email?.textBody).toContain("Hello Olga Petrova,");
  });
});

describe("reading notifications", () => {
  it("marks one read, for its owner only: someone else's is not found and stays unread", async () => {
    const lena = await createPerson({ name: "Lena Hoffmann" });
    const omar = await createPerson({ name: "Omar Haddad" });
    await notify(lena.id, "Lena's payment");
    await notify(omar.id, "Omar's payment");
    const [lenas] = await db().notification.findMany({ where: { userId: lena.id } });
    const [omars] = await db().notification.findMany({ where: { userId: omar.id } });

    expect(await markNotificationRead({ actor: lena.actor, notificationId: lenas?.id ?? "" })).toEqual({
      notificationId: lenas?.id,
      url: "/consultations/c1",
    });
    const error = await failureOf(markNotificationRead({ actor: lena.actor, notificationId: omars?.id ?? "" }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await failureOf(markNotificationRead({ actor: lena.actor, notificationId: "nope" }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await unreadTitles(lena.id)).toEqual([]);
    expect(await unreadTitles(omar.id)).toEqual(["Omar's payment"]);

    // Again is harmless and keeps the first reading time.
    const readAt = (await db().notification.findUniqueOrThrow({ where: { id: lenas?.id } })).readAt;
    await markNotificationRead({ actor: lena.actor, notificationId: lenas?.id ?? "" });
    expect((await db().notification.findUniqueOrThrow({ where: { id: lenas?.id } })).readAt).toEqual(readAt);
  });

  it("marks all of the actor's read up to what the page showed, nobody else's", async () => {
    const lena = await createPerson({ name: "Lena Hoffmann" });
    const omar = await createPerson({ name: "Omar Haddad" });
    const shownAt = new Date(Date.now() - 60_000);
    await notify(lena.id, "First", new Date(shownAt.getTime() - 60_000));
    await notify(lena.id, "Second", shownAt);
    await notify(lena.id, "Arrived while clicking", new Date(shownAt.getTime() + 1_000));
    await notify(omar.id, "Omar's");

    expect(await markAllNotificationsRead({ actor: lena.actor, upTo: shownAt })).toEqual({ marked: 2 });
    expect(await unreadTitles(lena.id)).toEqual(["Arrived while clicking"]);
    expect(await markAllNotificationsRead({ actor: lena.actor })).toEqual({ marked: 1 });
    expect(await countUnreadNotifications({ userId: lena.id })).toBe(0);
    expect(await unreadTitles(omar.id)).toEqual(["Omar's"]);

    // The list keeps them all, newest first, now read.
    const page = await listNotifications({ actor: lena.actor });
    expect(page.items.map((item) => [item.title, item.read])).toEqual([
      ["Arrived while clicking", true],
      ["Second", true],
      ["First", true],
    ]);
  });
});

describe("updateNotificationSettings", () => {
  it("saves a valid choice and refuses anything else without changing the setting", async () => {
    const mark = await createPerson({ name: "Mark Tanner" });
    const frequency = async () =>
      (await db().user.findUniqueOrThrow({ where: { id: mark.id }, select: { emailFrequency: true } })).emailFrequency;
    const error = await failureOf(
      updateNotificationSettings({ actor: mark.actor, input: { emailFrequency: "HOURLY" } }),
    );
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors.emailFrequency).toEqual(["Choose how often we may e-mail you."]);
    expect(await frequency()).toBe("IMMEDIATE");

    expect(await updateNotificationSettings({ actor: mark.actor, input: { emailFrequency: "DAILY_DIGEST" } })).toEqual({
      emailFrequency: "DAILY_DIGEST",
      changed: true,
    });
    expect(await frequency()).toBe("DAILY_DIGEST");
  });

  it("choosing no e-mail cancels what is still waiting in the outbox, and only that person's", async () => {
    const lena = await createPerson({ name: "Lena Hoffmann" });
    const omar = await createPerson({ name: "Omar Haddad" });
    const notice = (userId: string) => ({
      userId,
      type: "NEW_ANSWER" as const,
      title: "Dr. Irina Maslova answered your question",
      body: null,
      url: "/questions/1",
    });
    await db().$transaction((tx) => sendNotices(tx, [notice(lena.id), notice(omar.id)]));
    const stateOf = async (userId: string) =>
      (await db().emailOutbox.findMany({ where: { userId }, select: { state: true } })).map((row) => row.state);
    expect(await stateOf(lena.id)).toEqual(["PENDING"]);

    await updateNotificationSettings({ actor: lena.actor, input: { emailFrequency: "NONE" } });
    expect(await stateOf(lena.id)).toEqual(["CANCELED"]);
    expect(await stateOf(omar.id)).toEqual(["PENDING"]);
  });
});
