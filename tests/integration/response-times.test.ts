// "Neurologists usually answer within 2 hours": the median minutes from asking to the first visible doctor answer,
// per specialty, over the last 30 days, computed by Postgres.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { formatResponseTime, getRecentResponseTimes, getResponseTimes } from "../../lib/questions/get-response-times";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("response_times");

const NOW = new Date(Date.UTC(2026, 5, 30, 12));
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const plusMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

let neurology: number;
let cardiology: number;
let patient: Person;
let doctor: Person;
let secondDoctor: Person;

/** A question asked `days` ago whose answers come `minutes` after it, each by the given author. */
async function answered(specialtyId: number, days: number, answers: { minutes: number; by: Person; extra?: object }[]) {
  const asked = daysAgo(days);
  const questionId = await createQuestion({ authorId: patient.id, specialtyId, createdAt: asked });
  for (const answer of answers) {
    await db().threadMessage.create({
      data: {
        questionId,
        kind: "ANSWER",
        authorId: answer.by.id,
        body: "An answer.",
        createdAt: plusMinutes(asked, answer.minutes),
        ...answer.extra,
      },
    });
  }
}

beforeAll(async () => {
  neurology = (await createSpecialty("Neurologist")).id;
  cardiology = (await createSpecialty("Cardiologist")).id;
  patient = await createPerson({ name: "Lena Park" });
  doctor = await createDoctor({ name: "Anna Petrova", specialtyIds: [neurology, cardiology] });
  secondDoctor = await createDoctor({ name: "Boris Lind", specialtyIds: [neurology] });
  const moderator = await createPerson({ name: "Nora Quinn", role: "MODERATOR" });

  // Neurology, in the window: first answers after 30, 60, 120 and 240 minutes → median 90.
  await answered(neurology, 2, [
    { minutes: 30, by: doctor },
    { minutes: 10, by: secondDoctor, extra: { hiddenAt: NOW } },
  ]);
  await answered(neurology, 5, [
    { minutes: 60, by: doctor },
    { minutes: 90, by: secondDoctor },
  ]);
  await answered(neurology, 10, [{ minutes: 120, by: secondDoctor }]);
  await answered(neurology, 20, [{ minutes: 240, by: doctor }]);
  // Outside the window: its first answer came 40 days ago (a later answer does not bring it back).
  await answered(neurology, 40, [
    { minutes: 5, by: doctor },
    { minutes: 60 * 24 * 15, by: secondDoctor },
  ]);
  // Not a doctor's answer: a staff member's message of kind ANSWER does not count; this question has no figure.
  await answered(neurology, 3, [{ minutes: 1, by: moderator }]);
  // A deleted answer does not count either.
  await answered(neurology, 3, [{ minutes: 2, by: doctor, extra: { deletedAt: NOW } }]);
  // Unanswered questions have no first answer.
  await createQuestion({ authorId: patient.id, specialtyId: neurology, createdAt: daysAgo(1) });

  // Cardiology: only two answered questions, too few for a figure.
  await answered(cardiology, 1, [{ minutes: 15, by: doctor }]);
  await answered(cardiology, 2, [{ minutes: 25, by: doctor }]);
});

describe("getResponseTimes", () => {
  it("gives the median minutes to the first visible doctor answer over the last 30 days, where there are 3 or more", async () => {
    expect(await getResponseTimes({ now: NOW })).toEqual([
      { specialtyId: neurology, medianMinutes: 90, answeredQuestions: 4 },
    ]);
  });

  it("a month later, nothing is recent enough to give a figure", async () => {
    expect(await getResponseTimes({ now: new Date(NOW.getTime() + 31 * 86_400_000) })).toEqual([]);
  });
});

describe("formatResponseTime", () => {
  it("rounds up to a promise a patient can rely on", () => {
    expect(formatResponseTime(3)).toBe("5 minutes");
    expect(formatResponseTime(42)).toBe("45 minutes");
    expect(formatResponseTime(58)).toBe("1 hour");
    expect(formatResponseTime(90)).toBe("2 hours");
    expect(formatResponseTime(60 * 30)).toBe("30 hours");
    expect(formatResponseTime(60 * 60)).toBe("3 days");
  });
});

describe("getRecentResponseTimes (the ask page's)", () => {
  it("reuses the figures for five minutes, then computes them again", async () => {
    const first = await getRecentResponseTimes({ now: NOW });
    expect(first).toEqual([{ specialtyId: neurology, medianMinutes: 90, answeredQuestions: 4 }]);

    // A fifth neurology question, answered after 1000 minutes, moves the median to 120.
    await answered(neurology, 3, [{ minutes: 1000, by: doctor }]);
    expect(await getRecentResponseTimes({ now: plusMinutes(NOW, 4) })).toEqual(first);
    expect(await getRecentResponseTimes({ now: plusMinutes(NOW, 6) })).toEqual([
      { specialtyId: neurology, medianMinutes: 120, answeredQuestions: 5 },
    ]);
  });
});
