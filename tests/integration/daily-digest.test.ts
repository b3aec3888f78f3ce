// The daily digest: one grouped e-mail a day for people who chose it, written once however many runs race.
import { beforeAll, describe, expect, it } from "vitest";
import { updateNotificationSettings } from "../../lib/accounts/update-notification-settings";
import { db } from "../../lib/db";
import { postAnswer } from "../../lib/messages/post-answer";
import { postReply } from "../../lib/messages/post-reply";
import { sendDailyDigests } from "../../lib/notifications/send-daily-digests";
import { sendNotices } from "../../lib/notifications/send-notices";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createQuestion,
  createSpecialty,
  type Person,
  relaxFloodLimits,
} from "../support/thread-fixtures";

process.env.DIGEST_HOUR_UTC = "7";
relaxFloodLimits();
setupTestDatabase("daily_digest");

// Tomorrow (UTC), so that every notification the tests create now is older than the runs.
const tomorrow = (hour: number, minute = 0) => {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1, hour, minute));
};

let specialtyId: number;
let irina: Person;
let pavel: Person;

const outboxOf = (userId: string) =>
  db().emailOutbox.findMany({ where: { userId }, select: { subject: true, textBody: true, notificationId: true } });
const lastDigestAtOf = async (userId: string) =>
  (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { lastDigestAt: true } })).lastDigestAt;

async function complaintOutcomeFor(userId: string) {
  await db().$transaction((tx) =>
    sendNotices(tx, [
      {
        userId,
        type: "COMPLAINT_RESOLVED",
        title: "Your report was reviewed: the answer was hidden",
        body: null,
        url: null,
      },
    ]),
  );
}

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
  pavel = await createDoctor({ name: "Pavel Ivanov", specialtyIds: [specialtyId] });
});

describe("sendDailyDigests", () => {
  it("writes one e-mail grouping the notifications by question, then report outcomes, and marks them digested", async () => {
    const mark = await createPerson({ name: "Mark Tanner", emailFrequency: "DAILY_DIGEST" });
    const backPain = await createQuestion({
      authorId: mark.id,
      specialtyId,
      title: "Lower back pain radiating to the leg",
    });
    const headache = await createQuestion({ authorId: mark.id, specialtyId, title: "Headache after screen work" });

    const first = await postAnswer({ actor: irina.actor, input: { questionId: backPain, body: "Any numbness?" } });
    await postAnswer({ actor: pavel.actor, input: { questionId: backPain, body: "An MRI would help." } });
    await postReply({
      actor: pavel.actor,
      input: { questionId: backPain, answerId: first.messageId, body: "I agree with the MRI." },
    });
    await postAnswer({ actor: irina.actor, input: { questionId: headache, body: "Take screen breaks." } });
    await complaintOutcomeFor(mark.id);
    // One of them was read already: the digest still lists it, without "(unread)".
    const read = await db().notification.findFirstOrThrow({
      where: { userId: mark.id, data: { path: ["questionId"], equals: headache } },
    });
    await db().notification.update({ where: { id: read.id }, data: { readAt: new Date() } });
    expect(await outboxOf(mark.id)).toEqual([]);

    expect(await sendDailyDigests({ now: tomorrow(6, 59) })).toEqual({ claimed: 0, written: 0 });
    expect(await outboxOf(mark.id)).toEqual([]);

    const runAt = tomorrow(7, 30);
    const result = await sendDailyDigests({ now: runAt });
    expect(result.written).toBeGreaterThanOrEqual(1);
    const [digest, ...more] = await outboxOf(mark.id);
    expect(more).toEqual([]);
    expect(digest?.notificationId).toBeNull();
    expect(digest?.subject).toBe("Your Consilium digest: 5 notifications, 4 unread");
    const text = digest?.textBody ?? "";
    expect(text).toContain("Hello Mark Tanner,");
    expect(text).toContain("On “Lower back pain radiating to the leg” — 2 new answers, 1 reply");
    expect(text).toContain("On “Headache after screen work” — 1 new answer");
    expect(text).toContain("  • Dr. Irina Maslova answered your question (unread)");
    expect(text).toContain("  • Dr. Irina Maslova answered your question\n");
    expect(text).toContain(
      "Reports you made or that concern you\n  • Your report was reviewed: the answer was hidden (unread)",
    );
    expect(text.indexOf("Lower back pain")).toBeLessThan(text.indexOf("Reports you made"));
    expect(text).toContain(`/questions/${backPain}`);

    const notifications = await db().notification.findMany({
      where: { userId: mark.id },
      select: { digestedAt: true },
    });
    expect(notifications).toHaveLength(5);
    expect(notifications.every((n) => n.digestedAt?.getTime() === runAt.getTime())).toBe(true);
    expect(await lastDigestAtOf(mark.id)).toEqual(runAt);

    // Later the same day: nothing new is due, nothing is written.
    await sendDailyDigests({ now: tomorrow(9) });
    expect(await outboxOf(mark.id)).toHaveLength(1);
  });

  it("groups a consultation's notifications, whether they name it in their data or only link to it", async () => {
    const nina = await createPerson({ name: "Nina Kask", emailFrequency: "DAILY_DIGEST" });
    const consultation = await db().consultation.create({
      data: {
        patientId: nina.id,
        doctorId: irina.id,
        subject: "Follow-up on my MRI",
        state: "ACTIVE",
        priceMinor: 3500,
        currency: "EUR",
      },
      select: { id: true },
    });
    const url = `/consultations/${consultation.id}`;
    await db().$transaction((tx) =>
      sendNotices(tx, [
        { userId: nina.id, type: "CONSULTATION_PAID", title: "Your consultation is open", body: null, url },
        {
          userId: nina.id,
          type: "CONSULTATION_ANSWERED",
          title: "Dr. Irina Maslova answered your consultation",
          body: null,
          url: `${url}#m_1`,
          data: { consultationId: consultation.id, messageId: "m_1" },
        },
      ]),
    );
    await sendDailyDigests({ now: tomorrow(7, 5) });
    const [digest] = await outboxOf(nina.id);
    expect(digest?.textBody).toContain("About the consultation “Follow-up on my MRI” — 1 payment, 1 answer");
    expect(digest?.textBody).not.toContain("Other news");
  });

  it("writes one e-mail when two runs race", async () => {
    const dana = await createPerson({ name: "Dana Digest", emailFrequency: "DAILY_DIGEST" });
    await complaintOutcomeFor(dana.id);
    await complaintOutcomeFor(dana.id);
    const runAt = tomorrow(7, 10);
    const results = await Promise.all([sendDailyDigests({ now: runAt }), sendDailyDigests({ now: runAt })]);
    expect(await outboxOf(dana.id)).toHaveLength(1);
    expect((await outboxOf(dana.id))[0]?.textBody).toContain("2 notifications, 2 unread");
    // Each person is claimed by exactly one of the runs.
    expect(results[0].claimed + results[1].claimed).toBeGreaterThanOrEqual(1);
  });

  it("writes nothing for a day without news, but counts the day as done", async () => {
    const quiet = await createPerson({ name: "Quiet Day", emailFrequency: "DAILY_DIGEST" });
    const runAt = tomorrow(8);
    await sendDailyDigests({ now: runAt });
    expect(await outboxOf(quiet.id)).toEqual([]);
    expect(await lastDigestAtOf(quiet.id)).toEqual(runAt);
  });

  it("leaves out people on immediate or no e-mail, and never sends old items after a change of setting", async () => {
    const eager = await createPerson({ name: "Erin Eager" });
    const none = await createPerson({ name: "Nora None", emailFrequency: "NONE" });
    const switcher = await createPerson({ name: "Sam Switch", emailFrequency: "DAILY_DIGEST" });
    for (const person of [eager, none, switcher]) await complaintOutcomeFor(person.id);
    expect(await outboxOf(eager.id)).toHaveLength(1);

    // Sam leaves the digest with an item pending, then comes back: the old item is not sent later.
    await updateNotificationSettings({ actor: switcher.actor, input: { emailFrequency: "NONE" } });
    await updateNotificationSettings({ actor: switcher.actor, input: { emailFrequency: "DAILY_DIGEST" } });

    await sendDailyDigests({ now: tomorrow(7, 45) });
    expect(await outboxOf(eager.id)).toHaveLength(1);
    expect(await outboxOf(none.id)).toEqual([]);
    expect(await outboxOf(switcher.id)).toEqual([]);
    expect(await lastDigestAtOf(eager.id)).toBeNull();

    // What Sam gets after coming back is in the next digest.
    await complaintOutcomeFor(switcher.id);
    const nextDay = new Date(tomorrow(7, 45).getTime() + 24 * 60 * 60 * 1000);
    await sendDailyDigests({ now: nextDay });
    const [digest, ...more] = await outboxOf(switcher.id);
    expect(more).toEqual([]);
    expect(digest?.subject).toBe("Your Consilium digest: 1 notification, 1 unread");
  });
});
