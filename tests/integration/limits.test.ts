// Flood limits, counted from the rows themselves: questions per rolling day, messages per rolling minute.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { assertWithinLimits, waitDescription } from "../../lib/limits/assert-within-limits";
import { postAnswer } from "../../lib/messages/post-answer";
import { postReply } from "../../lib/messages/post-reply";
import { askQuestion } from "../../lib/questions/ask-question";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

// The values this file tests against, whatever the environment running it says.
Object.assign(process.env, {
  NEW_ACCOUNT_DAYS: "7",
  QUESTIONS_PER_DAY_NEW_ACCOUNT: "3",
  QUESTIONS_PER_DAY: "5",
  MESSAGES_PER_MINUTE: "6",
});
setupTestDatabase("limits");

const NOW = new Date(Date.UTC(2026, 10, 26, 12));
const later = (ms: number) => new Date(NOW.getTime() + ms);
const HOUR = 3_600_000;

let specialtyId: number;
const ask = (person: Person, now: Date) =>
  askQuestion({
    actor: person.actor,
    input: { specialtyId, title: "Back pain down the right leg", body: "It has been going on for weeks now." },
    now,
  });
const questionsBy = (person: Person) => db().question.count({ where: { authorId: person.id } });

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
});

describe("questions per rolling 24 hours", () => {
  it("refuses a new account's fourth question, saying when it may ask again, and writes nothing", async () => {
    const newcomer = await createPerson({ name: "Nina New", createdAt: later(-2 * 24 * HOUR) });
    await ask(newcomer, NOW);
    await ask(newcomer, later(1 * HOUR));
    await ask(newcomer, later(2 * HOUR));
    const follows = await db().follow.count({ where: { userId: newcomer.id } });

    const error = await failureOf(ask(newcomer, later(3 * HOUR)));
    expect(error.code).toBe("RATE_LIMITED");
    // The first of the three leaves the window 24 hours after it was asked: 21 hours from now.
    expect(error.message).toBe(
      "You have asked 3 questions in the last 24 hours, the most a new account may. You can ask your next question in 21 hours.",
    );
    expect(await questionsBy(newcomer)).toBe(3);
    expect(await db().follow.count({ where: { userId: newcomer.id } })).toBe(follows);

    // Once the first question is 24 hours old, there is room for one more.
    await ask(newcomer, later(24 * HOUR + 1));
    expect(await questionsBy(newcomer)).toBe(4);
  });

  it("gives an established account the higher limit", async () => {
    const regular = await createPerson({ name: "Rita Regular", createdAt: later(-30 * 24 * HOUR) });
    for (let i = 0; i < 5; i++) await ask(regular, later(i * 60_000));
    expect((await failureOf(ask(regular, later(10 * 60_000)))).code).toBe("RATE_LIMITED");
    expect(await questionsBy(regular)).toBe(5);
  });

  it("lets only as many simultaneous questions through as the limit allows", async () => {
    const racer = await createPerson({ name: "Rex Racer", createdAt: later(-24 * HOUR) });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => ask(racer, NOW)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await questionsBy(racer)).toBe(3);
  });
});

describe("messages per rolling minute", () => {
  it("counts answers and replies together and refuses the seventh in a minute", async () => {
    const mark = await createPerson({ name: "Mark Tanner" });
    const irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
    const questionIds = await Promise.all(
      Array.from({ length: 3 }, () => createQuestion({ authorId: mark.id, specialtyId })),
    );
    const answerIds: string[] = [];
    for (const [index, questionId] of questionIds.entries()) {
      const answer = await postAnswer({
        actor: irina.actor,
        input: { questionId, body: "An answer." },
        now: later(index * 1000),
      });
      answerIds.push(answer.messageId);
    }
    for (let i = 0; i < 3; i++) {
      await postReply({
        actor: irina.actor,
        input: { questionId: questionIds[0], answerId: answerIds[0], body: "A reply." },
        now: later(10_000 + i * 1000),
      });
    }
    const before = await db().threadMessage.count({ where: { authorId: irina.id } });
    const error = await failureOf(
      postReply({
        actor: irina.actor,
        input: { questionId: questionIds[0], answerId: answerIds[0], body: "One more." },
        now: later(20_000),
      }),
    );
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toBe("You have posted 6 messages in the last minute. You can post again in 40 seconds.");
    expect(await db().threadMessage.count({ where: { authorId: irina.id } })).toBe(before);

    // A minute after the first, the window has room again.
    await postReply({
      actor: irina.actor,
      input: { questionId: questionIds[0], answerId: answerIds[0], body: "Now it fits." },
      now: later(60_001),
    });
  });
});

describe("private messages per rolling minute", () => {
  it("counts consultation messages on their own: six are allowed, the seventh waits, public posts are unaffected", async () => {
    const patient = await createPerson({ name: "Pia Private", createdAt: later(-30 * 24 * HOUR) });
    const doctor = await createDoctor({ name: "Otto Offer", specialtyIds: [specialtyId] });
    const consultation = await db().consultation.create({
      data: { patientId: patient.id, doctorId: doctor.id, subject: "Private", priceMinor: 3500, currency: "EUR" },
    });
    const privateMessage = (at: Date) =>
      db().$transaction(async (tx) => {
        await assertWithinLimits(tx, { actor: patient.actor, action: "private-message", now: at });
        await tx.consultationMessage.create({
          data: { consultationId: consultation.id, authorId: patient.id, body: "Hello", createdAt: at },
        });
      });
    for (let i = 0; i < 6; i++) await privateMessage(later(i * 1000));
    const error = await failureOf(privateMessage(later(20_000)));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toBe("You have posted 6 messages in the last minute. You can post again in 40 seconds.");
    expect(await db().consultationMessage.count({ where: { authorId: patient.id } })).toBe(6);
    // Public messages have their own window.
    await db().$transaction((tx) =>
      assertWithinLimits(tx, { actor: patient.actor, action: "message", now: later(20_000) }),
    );
  });
});

describe("staff", () => {
  it("are exempt", async () => {
    const nora = await createPerson({ name: "Nora Quinn", role: "MODERATOR", createdAt: NOW });
    for (let i = 0; i < 6; i++) await createQuestion({ authorId: nora.id, specialtyId, createdAt: NOW });
    await db().$transaction(async (tx) => {
      await assertWithinLimits(tx, { actor: nora.actor, action: "question", now: later(1000) });
    });
    // The same rows would stop a patient: the rule, not the data, makes the difference.
    const patientView = { ...nora.actor, role: "PATIENT" as const };
    const error = await failureOf(
      db().$transaction((tx) => assertWithinLimits(tx, { actor: patientView, action: "question", now: later(1000) })),
    );
    expect(error.code).toBe("RATE_LIMITED");
  });
});

describe("waitDescription", () => {
  it("rounds up and reads naturally", () => {
    expect(waitDescription(400)).toBe("1 second");
    expect(waitDescription(40_000)).toBe("40 seconds");
    expect(waitDescription(61_000)).toBe("2 minutes");
    expect(waitDescription(3_600_000)).toBe("1 hour");
    expect(waitDescription(3_600_000 + 20 * 60_000)).toBe("1 hour 20 minutes");
  });
});
