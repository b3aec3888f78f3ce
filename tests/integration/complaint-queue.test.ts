// The moderation queue: pending complaints grouped by target, most-reported then oldest first (dangerous advice
// first for those who decide on it), with the target in context, the reporters, the author's history, filters.
import { beforeAll, describe, expect, it } from "vitest";
import { countPendingComplaintGroups } from "../../lib/complaints/count-pending-complaint-groups";
import { listComplaintQueue } from "../../lib/complaints/list-complaint-queue";
import { MEDICAL_REVIEW_ONLY } from "../../lib/complaints/resolve-complaints";
import { db } from "../../lib/db";
import {
  createAnswer,
  createAttachment,
  createPatients,
  createReply,
  createStaff,
  report,
} from "../support/complaint-fixtures";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("complaint_queue");

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute));
// The queue is read a little after the reports, at a fixed moment like them: whether an author's suspension is still
// running is judged at `now`, never by the clock.
const now = at(30);
const tomasSuspendedUntil = new Date(Date.UTC(2026, 11, 26));
let ids: { question: number; answer: string; reply: string; file: string; psychQuestion: number };
let people: { mark: Person; irina: Person; tomas: Person; moderator: Person; reviewer: Person; reporters: Person[] };

beforeAll(async () => {
  const neuro = await createSpecialty("Neurologist");
  const psych = await createSpecialty("Psychiatrist");
  const mark = await createPerson({ name: "Mark Tanner" });
  const irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [neuro.id] });
  const tomas = await createPerson({ name: "Tomas Kral", createdAt: new Date(Date.UTC(2024, 4, 2)) });
  const moderator = await createStaff({ name: "Paul Moderator", role: "MODERATOR" });
  const reviewer = await createStaff({ name: "Nora Quinn", role: "MODERATOR", medicalReviewer: true });
  const reporters = await createPatients(4, "Reporter");
  const [r1, r2, r3, r4] = reporters as [Person, Person, Person, Person];

  const question = await createQuestion({ authorId: mark.id, specialtyId: neuro.id, title: "Numb toes after running" });
  const answer = await createAnswer(question, irina.id, "Try a higher dose of pregabalin.");
  const reply = await createReply({ questionId: question, answerId: answer, authorId: tomas.id, body: "You idiot." });
  const file = await createAttachment({ ownerId: mark.id, questionId: question });
  const psychQuestion = await createQuestion({
    authorId: tomas.id,
    specialtyId: psych.id,
    title: "Cannot sleep at all",
  });

  // Irina had an answer hidden before (upheld) and one report dismissed (not held against her).
  const old = await createAnswer(await createQuestion({ authorId: mark.id, specialtyId: neuro.id }), irina.id);
  await db().complaint.createMany({
    data: [
      {
        reporterId: r4.id,
        targetType: "MESSAGE",
        targetId: old,
        messageId: old,
        targetAuthorId: irina.id,
        reason: "SPAM",
        state: "RESOLVED",
        resolution: "CONTENT_HIDDEN",
      },
      {
        reporterId: r3.id,
        targetType: "MESSAGE",
        targetId: old,
        messageId: old,
        targetAuthorId: irina.id,
        reason: "SPAM",
        state: "RESOLVED",
        resolution: "CONTENT_HIDDEN",
      },
      {
        reporterId: r2.id,
        targetType: "USER",
        targetId: irina.id,
        targetAuthorId: irina.id,
        reason: "ABUSE",
        state: "RESOLVED",
        resolution: "DISMISSED",
      },
    ],
  });
  await db().user.update({
    where: { id: tomas.id },
    data: { status: "SUSPENDED", suspendedUntil: tomasSuspendedUntil, suspensionReason: "Insults" },
  });

  // Reply: 2 reporters, the oldest reports. Answer: dangerous advice, 1 reporter, later. File: 2 reporters, newer.
  await report(r1, "MESSAGE", reply, "ABUSE", { now: at(1), note: "Insults the doctor." });
  await report(r2, "MESSAGE", reply, "ABUSE", { now: at(2) });
  await report(r1, "MESSAGE", answer, "DANGEROUS_ADVICE", { now: at(3), note: "Far above the maximum dose." });
  await report(r3, "ATTACHMENT", file, "PERSONAL_DATA", { now: at(4) });
  await report(r4, "ATTACHMENT", file, "PERSONAL_DATA", { now: at(5) });
  await report(r2, "QUESTION", psychQuestion, "SPAM", { now: at(6) });
  await report(r3, "USER", tomas.id, "OTHER", { now: at(7), note: "Sends insults by message." });

  ids = { question, answer, reply, file, psychQuestion };
  people = { mark, irina, tomas, moderator, reviewer, reporters };
});

describe("listComplaintQueue", () => {
  it("refuses patients and doctors", async () => {
    for (const person of [people.mark, people.irina]) {
      expect((await failureOf(listComplaintQueue({ now, actor: person.actor }))).code).toBe("FORBIDDEN");
    }
    expect(await countPendingComplaintGroups({ actor: people.mark.actor })).toBeNull();
  });

  it("groups by target, most reporters then oldest first; dangerous advice first for a medical reviewer", async () => {
    const forModerator = await listComplaintQueue({ now, actor: people.moderator.actor });
    const order = (queue: typeof forModerator) => queue.groups.map((g) => `${g.targetType}:${g.targetId}`);
    expect(order(forModerator)).toEqual([
      `MESSAGE:${ids.reply}`,
      `ATTACHMENT:${ids.file}`,
      `MESSAGE:${ids.answer}`,
      `QUESTION:${ids.psychQuestion}`,
      `USER:${people.tomas.id}`,
    ]);
    expect(forModerator).toMatchObject({ total: 5, page: 1, pageCount: 1, medicalReviewer: false });
    expect(await countPendingComplaintGroups({ actor: people.moderator.actor })).toBe(5);

    const forReviewer = await listComplaintQueue({ now, actor: people.reviewer.actor });
    expect(order(forReviewer)[0]).toBe(`MESSAGE:${ids.answer}`);
    expect(forReviewer.medicalReviewer).toBe(true);

    const paged = await listComplaintQueue({ now, actor: people.moderator.actor, pageSize: 2, page: 2 });
    expect(order(paged)).toEqual([`MESSAGE:${ids.answer}`, `QUESTION:${ids.psychQuestion}`]);
    expect(paged.pageCount).toBe(3);
  });

  it("shows each target in context with the reports, reporters and the author's history", async () => {
    const { groups } = await listComplaintQueue({ now, actor: people.moderator.actor });
    const group = (targetId: string | number) => groups.find((g) => g.targetId === String(targetId));

    const reply = group(ids.reply);
    expect(reply).toMatchObject({
      reporterCount: 2,
      routedToMedicalReview: false,
      blockedBecause: null,
      target: {
        label: "Reply",
        text: "You idiot.",
        question: { id: ids.question, title: "Numb toes after running", specialty: "Neurologist", status: "OPEN" },
        parent: { authorName: "Irina Maslova", excerpt: "Try a higher dose of pregabalin." },
        person: { name: "Tomas Kral", role: "PATIENT", joinedAt: new Date(Date.UTC(2024, 4, 2)) },
        path: `/questions/${ids.question}#m_${ids.reply}`,
      },
      authorHistory: { upheld: 0, suspended: true, suspendedUntil: tomasSuspendedUntil, suspensionReason: "Insults" },
    });
    expect(reply?.complaints.map((c) => [c.reporterName, c.reason, c.note, c.createdAt])).toEqual([
      ["Reporter 1", "ABUSE", "Insults the doctor.", at(1)],
      ["Reporter 2", "ABUSE", null, at(2)],
    ]);
    expect(reply?.actions).toEqual(["DISMISS", "HIDE", "WARN_AUTHOR", "SUSPEND_AUTHOR", "CLOSE_QUESTION"]);

    // A moderator who is not a medical reviewer sees dangerous advice, and why they cannot decide.
    expect(group(ids.answer)).toMatchObject({
      routedToMedicalReview: true,
      blockedBecause: MEDICAL_REVIEW_ONLY,
      actions: [],
      target: { label: "Answer", question: { title: "Numb toes after running" }, parent: null },
      authorHistory: { upheld: 1, suspended: false, suspendedUntil: null },
    });
    expect(group(ids.file)?.target).toMatchObject({
      label: "File",
      attachment: { contentType: "image/png", sizeBytes: 2048, url: `/api/attachments/${ids.file}` },
      question: { id: ids.question },
    });
    expect(group(ids.file)?.actions).toContain("DELETE_ATTACHMENT");
    // A verified doctor's record links to the profile, where staff can take down its photo or text.
    expect(group(ids.answer)?.target?.person).toMatchObject({
      name: "Irina Maslova",
      role: "DOCTOR",
      profilePath: `/doctors/${people.irina.id}`,
    });
    expect(group(people.tomas.id)?.target).toMatchObject({
      label: "Person",
      person: { name: "Tomas Kral", role: "PATIENT", profilePath: null },
      question: null,
      path: null,
    });
    expect(group(people.tomas.id)?.actions).toEqual(["DISMISS", "WARN_AUTHOR", "SUSPEND_AUTHOR"]);

    const forReviewer = await listComplaintQueue({ now, actor: people.reviewer.actor });
    expect(forReviewer.groups.find((g) => g.targetId === ids.answer)).toMatchObject({
      blockedBecause: null,
      actions: ["DISMISS", "HIDE", "WARN_AUTHOR", "SUSPEND_AUTHOR", "CLOSE_QUESTION"],
    });
  });

  it("filters by reason, by specialty and, for medical reviewers, to medical review only", async () => {
    const targets = async (options: Omit<Parameters<typeof listComplaintQueue>[0], "actor">, who = people.moderator) =>
      (await listComplaintQueue({ now, actor: who.actor, ...options })).groups.map((g) => g.targetId);

    expect(await targets({ reason: "PERSONAL_DATA" })).toEqual([ids.file]);
    expect(await targets({ reason: "ABUSE" })).toEqual([ids.reply]);
    expect(await targets({ specialtySlug: "psychiatrist" })).toEqual([String(ids.psychQuestion)]);
    expect(await targets({ specialtySlug: "neurologist" })).toEqual([ids.reply, ids.file, ids.answer]);
    expect(
      (await failureOf(listComplaintQueue({ now, actor: people.moderator.actor, specialtySlug: "nope" }))).code,
    ).toBe("NOT_FOUND");
    expect(await targets({ medicalReviewOnly: true }, people.reviewer)).toEqual([ids.answer]);
    // The filter is the medical reviewers'; for anyone else it changes nothing.
    expect(await targets({ medicalReviewOnly: true })).toHaveLength(5);
    const queue = await listComplaintQueue({ now, actor: people.moderator.actor, reason: "SPAM" });
    expect(queue).toMatchObject({ total: 1 });
  });
});
