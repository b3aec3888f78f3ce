// The public doctor profile: verified doctors only; counts of visible answers, thanks and agreement; ratings.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getDoctorProfile, NO_SUCH_DOCTOR } from "../../lib/doctors/get-doctor-profile";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("doctor_profile");

let neurologyId: number;
let psychiatryId: number;
let anna: Person;
let mark: Person;
let hartmann: Person;
let maslova: Person;
let marin: Person;
const answers: Record<string, string> = {};

async function answerOn(
  questionId: number,
  authorId: string,
  body: string,
  extra: { hiddenAt?: Date; at?: Date } = {},
) {
  const message = await db().threadMessage.create({
    data: { questionId, kind: "ANSWER", authorId, body, hiddenAt: extra.hiddenAt, createdAt: extra.at },
    select: { id: true },
  });
  return message.id;
}

async function ratedConsultation(stars: number, comment: string | null, ratedAt: Date, patientId = anna.id) {
  await db().consultation.create({
    data: {
      patientId,
      doctorId: hartmann.id,
      subject: "Numbness in the left foot",
      state: "CLOSED",
      priceMinor: 3500,
      currency: "EUR",
      paidAt: ratedAt,
      rating: stars,
      ratingComment: comment,
      ratedAt,
      payments: {
        create: {
          provider: "sandbox",
          idempotencyKey: randomBytes(8).toString("hex"),
          amountMinor: 3500,
          currency: "EUR",
          state: "SUCCEEDED",
        },
      },
    },
  });
}

beforeAll(async () => {
  neurologyId = (await createSpecialty("Neurologist")).id;
  psychiatryId = (await createSpecialty("Psychiatrist")).id;
  anna = await createPerson({ name: "Anna Lindqvist" });
  mark = await createPerson({ name: "Mark Tanner" });
  hartmann = await createDoctor({ name: "Daniel Hartmann", specialtyIds: [psychiatryId, neurologyId] });
  maslova = await createDoctor({ name: "Irina Maslova", specialtyIds: [neurologyId] });
  marin = await createDoctor({ name: "Sofia Marin", specialtyIds: [neurologyId] });
  await db().doctorProfile.update({
    where: { userId: hartmann.id },
    data: { offersConsultations: true, consultationPriceMinor: 3500, degree: "neurology" },
  });

  const sciatica = await createQuestion({ authorId: anna.id, specialtyId: neurologyId, title: "Sciatica for weeks" });
  const migraine = await createQuestion({ authorId: mark.id, specialtyId: neurologyId, title: "Migraine every day" });
  const hiddenQuestion = await createQuestion({
    authorId: mark.id,
    specialtyId: neurologyId,
    title: "A hidden question",
    extra: { hiddenAt: new Date() },
  });
  const hiddenAnswerQuestion = await createQuestion({ authorId: anna.id, specialtyId: neurologyId, title: "Tingling" });

  answers.sciatica = await answerOn(sciatica, hartmann.id, "**Keep moving** gently.", {
    at: new Date(Date.UTC(2026, 0, 1)),
  });
  answers.migraine = await answerOn(migraine, hartmann.id, "Keep a headache diary.", {
    at: new Date(Date.UTC(2026, 0, 2)),
  });
  answers.hiddenQuestion = await answerOn(hiddenQuestion, hartmann.id, "Not for the public.");
  answers.hidden = await answerOn(hiddenAnswerQuestion, hartmann.id, "Hidden by a moderator.", {
    hiddenAt: new Date(),
  });
  answers.maslova = await answerOn(sciatica, maslova.id, "I agree with my colleague.");

  await db().messageReaction.createMany({
    data: [
      { messageId: answers.sciatica, userId: anna.id, kind: "THANKS" },
      { messageId: answers.migraine, userId: mark.id, kind: "THANKS" },
      { messageId: answers.sciatica, userId: maslova.id, kind: "AGREE" },
      { messageId: answers.sciatica, userId: marin.id, kind: "AGREE" },
      { messageId: answers.migraine, userId: marin.id, kind: "AGREE" },
      // On hidden answers or questions: not counted.
      { messageId: answers.hidden, userId: anna.id, kind: "THANKS" },
      { messageId: answers.hiddenQuestion, userId: marin.id, kind: "AGREE" },
      // Someone else's answer.
      { messageId: answers.maslova, userId: anna.id, kind: "THANKS" },
    ],
  });

  await ratedConsultation(5, "Clear and kind, answered within hours.", new Date(Date.UTC(2026, 5, 1)));
  await ratedConsultation(4, null, new Date(Date.UTC(2026, 6, 1)), mark.id);
  await ratedConsultation(5, "Explained my MRI.", new Date(Date.UTC(2026, 7, 1)), mark.id);
});

describe("getDoctorProfile", () => {
  it("shows who the doctor is, primary specialty first, with the offer", async () => {
    const profile = await getDoctorProfile({ viewer: null, doctorId: hartmann.id });
    expect(profile).toMatchObject({
      id: hartmann.id,
      name: "Daniel Hartmann",
      university: "Riga Stradins University",
      degree: "neurology",
      yearsOfExperience: 12,
      offer: { priceMinor: 3500, currency: "EUR" },
      viewerIsDoctor: false,
    });
    expect(profile.specialties.map((s) => [s.name, s.isPrimary])).toEqual([
      ["Psychiatrist", true],
      ["Neurologist", false],
    ]);
    expect((await getDoctorProfile({ viewer: hartmann.actor, doctorId: hartmann.id })).viewerIsDoctor).toBe(true);
  });

  it("counts only visible answers, and thanks and agreement on them", async () => {
    const profile = await getDoctorProfile({ viewer: null, doctorId: hartmann.id });
    expect(profile.answerCount).toBe(2);
    expect(profile.thanksCount).toBe(2);
    expect(profile.agreeCount).toBe(3);
    expect(profile.recentAnswers.map((a) => a.questionTitle)).toEqual(["Migraine every day", "Sciatica for weeks"]);
    expect(profile.recentAnswers[1]).toMatchObject({ messageId: answers.sciatica, excerpt: "Keep moving gently." });
  });

  it("averages the consultation ratings and shows the latest comments with the patient's first name", async () => {
    const profile = await getDoctorProfile({ viewer: null, doctorId: hartmann.id });
    expect(profile.rating?.count).toBe(3);
    expect(profile.rating?.average).toBeCloseTo(14 / 3, 5);
    expect(profile.ratingComments).toEqual([
      { patientFirstName: "Mark", stars: 5, comment: "Explained my MRI.", ratedAt: new Date(Date.UTC(2026, 7, 1)) },
      {
        patientFirstName: "Anna",
        stars: 5,
        comment: "Clear and kind, answered within hours.",
        ratedAt: new Date(Date.UTC(2026, 5, 1)),
      },
    ]);
  });

  it("has no rating line and no offer for a doctor without them", async () => {
    const profile = await getDoctorProfile({ viewer: null, doctorId: maslova.id });
    expect(profile).toMatchObject({ rating: null, ratingComments: [], offer: null, answerCount: 1, thanksCount: 1 });
  });

  it("is NOT_FOUND for pending and rejected doctors, patients and unknown ids", async () => {
    const pending = await createDoctor({ specialtyIds: [neurologyId], verified: false });
    const rejected = await createDoctor({ specialtyIds: [neurologyId] });
    await db().doctorProfile.update({ where: { userId: rejected.id }, data: { verification: "REJECTED" } });
    for (const doctorId of [pending.id, rejected.id, anna.id, "no-such-id", ""]) {
      const error = await failureOf(getDoctorProfile({ viewer: null, doctorId }));
      expect(error).toMatchObject({ code: "NOT_FOUND", message: NO_SUCH_DOCTOR });
    }
  });
});
