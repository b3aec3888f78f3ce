// Reading questions: what the public list and a thread reveal, to whom, checked on real rows.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { getQuestionThread } from "../../lib/questions/get-question-thread";
import { listQuestions } from "../../lib/questions/list-questions";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";

setupTestDatabase("question_reading");

const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 0, day, hour));
const actorOf = (id: string, role: Actor["role"], doctorVerified = role === "DOCTOR"): Actor => ({
  id,
  role,
  status: "ACTIVE",
  suspendedUntil: null,
  doctorVerified,
  medicalReviewer: false,
});

let ids: {
  patient: string;
  otherPatient: string;
  doctor: string;
  otherDoctor: string;
  moderator: string;
  visible: number;
  hidden: number;
  deleted: number;
  hiddenAnswer: string;
};

beforeAll(async () => {
  const client = db();
  const [neuro, psych] = await Promise.all([
    client.specialty.create({ data: { slug: "neurologist", name: "Neurologist", field: "Neurology", sortOrder: 2 } }),
    client.specialty.create({
      data: { slug: "psychiatrist", name: "Psychiatrist", field: "Psychiatry", sortOrder: 1 },
    }),
  ]);
  const user = (email: string, name: string, role: Actor["role"]) =>
    client.user.create({ data: { email, name, role, passwordHash: "not-a-real-hash" }, select: { id: true } });
  const patient = await user("mark@example.test", "Mark Tanner", "PATIENT");
  const otherPatient = await user("lena@example.test", "Lena Hoffmann", "PATIENT");
  const moderator = await user("nora@example.test", "Nora Quinn", "MODERATOR");
  const doctor = await client.user.create({
    data: {
      email: "irina@example.test",
      name: "Irina Volkova",
      role: "DOCTOR",
      passwordHash: "not-a-real-hash",
      doctorProfile: {
        create: {
          university: "Riga Stradins University",
          degree: "neurology",
          yearsOfExperience: 15,
          verification: "VERIFIED",
          // Psychiatry sorts first, but the primary specialty leads.
          specialties: { create: [{ specialtyId: psych.id }, { specialtyId: neuro.id, isPrimary: true }] },
        },
      },
    },
  });
  const otherDoctor = await user("yana@example.test", "Yana Potekhina", "DOCTOR");

  const question = (day: number, title: string, extra: object = {}) =>
    client.question.create({
      data: {
        authorId: patient.id,
        specialtyId: neuro.id,
        title,
        body: `${title}. ${"It has been going on for weeks and nothing helps. ".repeat(8)}`,
        shownName: "Mark",
        shownCity: "Graz",
        createdAt: at(day),
        ...extra,
      },
    });
  const visible = await question(3, "Back pain down the right leg", { answerCount: 1, viewCount: 1463 });
  const older = await question(1, "An older question");
  const hidden = await question(4, "A hidden question", { hiddenAt: at(5), hiddenReason: "Personal data" });
  const deleted = await question(5, "A deleted question", { deletedAt: at(6) });
  expect(older.id).toBeGreaterThan(0);

  const answer = await client.threadMessage.create({
    data: {
      questionId: visible.id,
      kind: "ANSWER",
      authorId: doctor.id,
      body: "What are you taking?",
      createdAt: at(3, 13),
    },
  });
  const hiddenAnswer = await client.threadMessage.create({
    data: {
      questionId: visible.id,
      kind: "ANSWER",
      authorId: otherDoctor.id,
      body: "Buy these pills online.",
      outsideSpecialty: true,
      hiddenAt: at(4),
      hiddenReason: "Dangerous advice",
      createdAt: at(3, 14),
    },
  });
  const reply = (authorId: string, addresseeId: string, body: string, hour: number, extra: object = {}) =>
    client.threadMessage.create({
      data: {
        questionId: visible.id,
        kind: "REPLY",
        parentId: answer.id,
        authorId,
        addresseeId,
        body,
        createdAt: at(3, hour),
        ...extra,
      },
    });
  await reply(doctor.id, patient.id, "Has anyone offered you pregabalin?", 17);
  await reply(patient.id, doctor.id, "Only an anti-inflammatory gel.", 15);
  await reply(patient.id, doctor.id, "A reply its author deleted.", 16, { deletedAt: at(4) });

  await client.attachment.createMany({
    data: [
      {
        ownerId: patient.id,
        questionId: visible.id,
        fileName: "mark-tanner-blood-tests.png",
        contentType: "image/png",
        sizeBytes: 2048,
        sha256: "a".repeat(64),
        storageKey: "test/blood",
        visibility: "DOCTORS_ONLY",
        createdAt: at(3, 12),
      },
      {
        ownerId: patient.id,
        questionId: visible.id,
        fileName: "mri-report.pdf",
        contentType: "application/pdf",
        sizeBytes: 4096,
        sha256: "b".repeat(64),
        storageKey: "test/mri",
        visibility: "PUBLIC",
        createdAt: at(3, 13),
      },
      {
        ownerId: patient.id,
        questionId: visible.id,
        fileName: "removed.pdf",
        contentType: "application/pdf",
        sizeBytes: 1,
        sha256: "c".repeat(64),
        storageKey: "test/removed",
        deletedAt: at(4),
      },
    ],
  });

  ids = {
    patient: patient.id,
    otherPatient: otherPatient.id,
    doctor: doctor.id,
    otherDoctor: otherDoctor.id,
    moderator: moderator.id,
    visible: visible.id,
    hidden: hidden.id,
    deleted: deleted.id,
    hiddenAnswer: hiddenAnswer.id,
  };
});

describe("listQuestions", () => {
  it("lists visible questions newest first, never hidden or deleted ones, with an excerpt", async () => {
    const list = await listQuestions({ viewer: null });
    expect(list.items.map((item) => item.title)).toEqual(["Back pain down the right leg", "An older question"]);
    expect(list).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    const [first] = list.items;
    expect(first).toMatchObject({ answerCount: 1, viewCount: 1463, shownName: "Mark", shownCity: "Graz" });
    expect(first?.specialty.name).toBe("Neurologist");
    expect(first?.excerpt.length).toBeLessThanOrEqual(220);
    expect(first?.excerpt.endsWith("…")).toBe(true);
  });

  it("even staff and the author see hidden questions only by their link", async () => {
    const list = await listQuestions({ viewer: actorOf(ids.moderator, "MODERATOR") });
    expect(list.items.some((item) => item.id === ids.hidden)).toBe(false);
  });

  it("pages through the list", async () => {
    const second = await listQuestions({ viewer: null, page: 2, pageSize: 1 });
    expect(second).toMatchObject({ total: 2, page: 2, pageCount: 2 });
    expect(second.items.map((item) => item.title)).toEqual(["An older question"]);
    expect((await listQuestions({ viewer: null, page: 3, pageSize: 1 })).items).toEqual([]);
  });
});

describe("getQuestionThread", () => {
  it("answers missing, deleted and malformed ids as not found", async () => {
    for (const questionId of [999_999, ids.deleted, 0, -1, 2 ** 40]) {
      expect((await failureOf(getQuestionThread({ viewer: null, questionId }))).code).toBe("NOT_FOUND");
    }
  });

  it("shows a hidden question only to its author and staff, with the reason", async () => {
    for (const viewer of [null, actorOf(ids.otherPatient, "PATIENT"), actorOf(ids.doctor, "DOCTOR")]) {
      const error = await failureOf(getQuestionThread({ viewer, questionId: ids.hidden }));
      expect(error.code).toBe("NOT_FOUND");
    }
    for (const viewer of [actorOf(ids.patient, "PATIENT"), actorOf(ids.moderator, "MODERATOR")]) {
      const thread = await getQuestionThread({ viewer, questionId: ids.hidden });
      expect(thread.question.hidden).toEqual({ reason: "Personal data" });
    }
  });

  it("returns answers and their replies in order, under the question's pseudonym, without deleted ones", async () => {
    const thread = await getQuestionThread({ viewer: null, questionId: ids.visible });
    expect(thread.answers).toHaveLength(2);
    const [answer] = thread.answers;
    expect(answer?.author).toMatchObject({
      name: "Irina Volkova",
      role: "DOCTOR",
      specialties: ["Neurologist", "Psychiatrist"],
      doctor: { university: "Riga Stradins University", degree: "neurology", yearsOfExperience: 15 },
    });
    expect(answer?.replies.map((reply) => reply.body)).toEqual([
      "Only an anti-inflammatory gel.",
      "Has anyone offered you pregabalin?",
    ]);
    // The patient's account name never appears: replies and addressees use the question's shown name.
    expect(answer?.replies[0]).toMatchObject({
      author: { name: "Mark", role: "PATIENT", isQuestionAuthor: true },
      addressee: { name: "Irina Volkova", role: "DOCTOR" },
    });
    expect(answer?.replies[1]?.addressee).toEqual({ name: "Mark", role: "PATIENT" });
    expect(JSON.stringify(thread)).not.toContain("Tanner");
  });

  it("withholds a hidden answer's text except from its author and staff", async () => {
    const hiddenFor = async (viewer: Actor | null) =>
      (await getQuestionThread({ viewer, questionId: ids.visible })).answers.find((a) => a.id === ids.hiddenAnswer);

    for (const viewer of [null, actorOf(ids.patient, "PATIENT"), actorOf(ids.doctor, "DOCTOR")]) {
      expect(await hiddenFor(viewer)).toMatchObject({
        body: null,
        hidden: { reason: "Dangerous advice" },
        outsideSpecialty: true,
      });
    }
    for (const viewer of [actorOf(ids.otherDoctor, "DOCTOR"), actorOf(ids.moderator, "MODERATOR")]) {
      expect(await hiddenFor(viewer)).toMatchObject({
        body: "Buy these pills online.",
        hidden: { reason: "Dangerous advice" },
      });
    }
  });

  it("names a doctors-only file only to those who may open it, and leaves deleted files out", async () => {
    const filesFor = async (viewer: Actor | null) =>
      (await getQuestionThread({ viewer, questionId: ids.visible })).attachments.map((a) => [a.fileName, a.visibility]);

    expect(await filesFor(null)).toEqual([
      [null, "DOCTORS_ONLY"],
      ["mri-report.pdf", "PUBLIC"],
    ]);
    expect(await filesFor(actorOf(ids.doctor, "DOCTOR", false))).toEqual([
      [null, "DOCTORS_ONLY"],
      ["mri-report.pdf", "PUBLIC"],
    ]);
    for (const viewer of [actorOf(ids.doctor, "DOCTOR"), actorOf(ids.patient, "PATIENT")]) {
      expect(await filesFor(viewer)).toEqual([
        ["mark-tanner-blood-tests.png", "DOCTORS_ONLY"],
        ["mri-report.pdf", "PUBLIC"],
      ]);
    }
  });
});
