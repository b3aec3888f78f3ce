// What one question page view costs the database, counted at the pg driver: everything the page loads (the session's
// actor, loadQuestionPage, the header's badges) for a visitor, a patient and a doctor, on a thread with many answers
// and replies; and what a signed-in reader of the kept page adds (GET /api/questions/<id>/viewer: the actor and one
// light statement), which must give them exactly the state the page rendered for them would carry. A page view
// reads only: no INSERT, UPDATE or DELETE, whoever reads, whatever the thread holds.

import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import type { Viewer } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import type { Role } from "../../lib/generated/prisma/enums";
import { loadHeaderBadges } from "../../lib/notifications/load-header-badges";
import { loadQuestionPage } from "../../lib/questions/load-question-page";
import { loadThreadViewer } from "../../lib/questions/load-thread-viewer";
import { recordStatements } from "../support/count-statements";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createQuestion,
  createSpecialty,
  createUpload,
  type Person,
} from "../support/thread-fixtures";

setupTestDatabase("question_page_statements");

let asker: Person;
let reader: Person;
let doctors: Person[];
let bigThread: number;
let smallThread: number;

/** What the page does for a session of `userId` (null: a visitor): currentActor, the page's load, the header. */
async function viewPage(userId: string | null, role: Role | null, questionId: number) {
  const viewer: Viewer = userId ? await loadActor(userId) : null;
  const page = await loadQuestionPage({ viewer, questionId });
  const badges = await loadHeaderBadges({ userId, role, actor: async () => viewer });
  return { page, badges };
}

async function counted(userId: string | null, role: Role | null, questionId: number) {
  const log = recordStatements();
  try {
    const result = await viewPage(userId, role, questionId);
    return { ...result, statements: log.statements, writes: log.writes() };
  } finally {
    log.stop();
  }
}

async function answerWithReplies(questionId: number, doctor: Person, replies: number) {
  const answer = await db().threadMessage.create({
    data: { questionId, kind: "ANSWER", authorId: doctor.id, body: `Answer by ${doctor.name}.` },
    select: { id: true },
  });
  for (let i = 0; i < replies; i++) {
    const fromAsker = i % 2 === 0;
    await db().threadMessage.create({
      data: {
        questionId,
        kind: "REPLY",
        parentId: answer.id,
        authorId: fromAsker ? asker.id : doctor.id,
        addresseeId: fromAsker ? doctor.id : asker.id,
        body: `Reply ${i}.`,
      },
    });
  }
  return answer.id;
}

beforeAll(async () => {
  const specialtyId = (await createSpecialty("Neurologist")).id;
  asker = await createPerson({ name: "Mark Tanner" });
  reader = await createPerson({ name: "Lena Park" });
  doctors = [];
  for (let i = 0; i < 12; i++) doctors.push(await createDoctor({ name: `Doctor ${i}`, specialtyIds: [specialtyId] }));
  bigThread = await createQuestion({ authorId: asker.id, specialtyId, title: "Numb left hand at night" });
  smallThread = await createQuestion({ authorId: asker.id, specialtyId, title: "Tingling in the right foot" });
  const answerIds: string[] = [];
  for (const doctor of doctors.slice(0, 10)) answerIds.push(await answerWithReplies(bigThread, doctor, 4));
  await answerWithReplies(smallThread, doctors[0] as Person, 1);
  // Thanks from the asker and agreement from colleagues on the first answer.
  await db().messageReaction.createMany({
    data: [
      { messageId: answerIds[0] as string, userId: asker.id, kind: "THANKS" },
      { messageId: answerIds[0] as string, userId: (doctors[1] as Person).id, kind: "AGREE" },
      { messageId: answerIds[0] as string, userId: (doctors[2] as Person).id, kind: "AGREE" },
    ],
  });
  const now = Date.now();
  // Doctor 11 is writing an answer now; doctor 10's lock expired and has not been swept.
  await db().answeringLock.createMany({
    data: [
      { questionId: bigThread, doctorId: (doctors[11] as Person).id, expiresAt: new Date(now + 60_000) },
      { questionId: bigThread, doctorId: (doctors[10] as Person).id, expiresAt: new Date(now - 60_000) },
    ],
  });
  await db().follow.create({ data: { userId: reader.id, questionId: bigThread } });
  await db().notification.create({
    data: { userId: reader.id, type: "NEW_ANSWER", title: "A new answer", url: `/questions/${bigThread}` },
  });
  // Warm the connection pool: the counts are of a page view, not of opening connections.
  await viewPage(null, null, smallThread);
});

describe("a question page view", () => {
  it("costs a visitor at most 3 statements, however many answers the thread has, and writes nothing", async () => {
    const big = await counted(null, null, bigThread);
    const small = await counted(null, null, smallThread);
    expect(big.page.thread.answers).toHaveLength(10);
    expect(big.page.thread.answers.flatMap((answer) => answer.replies)).toHaveLength(40);
    expect(big.page.thread.answers[0]?.reactions).toMatchObject({ thanksCount: 1, agreeCount: 2 });
    expect(big.page.answering.map((doctor) => doctor.name)).toEqual(["Dr. Doctor 11"]);
    expect(big.page.participation.canFollow).toBe(false);
    expect(big.statements.length).toBeLessThanOrEqual(3);
    expect(big.statements.length).toBe(small.statements.length);
    expect([...big.writes, ...small.writes]).toEqual([]);
  });

  it("costs a signed-in patient at most 5, with their follow, notifications badge and thanks", async () => {
    const { page, badges, statements, writes } = await counted(reader.id, "PATIENT", bigThread);
    expect(page.participation).toMatchObject({ following: true, isAsker: false, canFollow: true });
    expect(badges.unread).toBe(1);
    expect(statements.length).toBeLessThanOrEqual(5);
    expect(writes).toEqual([]);

    const own = await counted(asker.id, "PATIENT", bigThread);
    expect(own.page.participation).toMatchObject({ isAsker: true, canClose: true, closeNeedsReason: false });
    expect(own.page.thread.answers[0]?.reactions).toMatchObject({ viewerThanked: true, viewerCanThank: false });
    expect(own.statements.length).toBeLessThanOrEqual(5);
    expect(own.writes).toEqual([]);
  });

  it("costs a doctor at most 5, knowing their own answer and their agreement", async () => {
    const answered = doctors[1] as Person;
    const { page, statements, writes } = await counted(answered.id, "DOCTOR", bigThread);
    const own = page.thread.answers.find((answer) => answer.viewerIsAuthor);
    expect(page.participation).toMatchObject({ ownAnswerId: own?.id, canAnswer: false, canReply: true });
    expect(page.thread.answers[0]?.reactions).toMatchObject({ viewerAgreed: true, viewerCanAgree: false });
    expect(statements.length).toBeLessThanOrEqual(5);
    expect(writes).toEqual([]);

    // The doctor writing an answer is not told that they themselves are answering only by the component; the
    // page still lists them, and may answer.
    const writing = await counted((doctors[11] as Person).id, "DOCTOR", bigThread);
    expect(writing.page.participation).toMatchObject({ ownAnswerId: null, canAnswer: true });
    expect(writing.statements.length).toBeLessThanOrEqual(5);
  });

  it("costs a visitor 2 once the job has embedded the question and listed its similar ones", async () => {
    const specialtyId = (await createSpecialty()).id;
    const questionId = await createQuestion({ authorId: asker.id, specialtyId, title: "Pins and needles in my hand" });
    await db().questionEmbedding.create({ data: { questionId, model: "test", vector: Buffer.alloc(4) } });
    await db().relatedQuestion.create({ data: { questionId, relatedId: bigThread, score: 0.9 } });
    const { page, statements, writes } = await counted(null, null, questionId);
    expect(page.similar.map((item) => item.id)).toEqual([bigThread]);
    expect(statements).toHaveLength(2);
    expect(writes).toEqual([]);
  });

  it("leaves every counter and lock as it found them", async () => {
    const before = await db().question.findUniqueOrThrow({ where: { id: bigThread }, select: { viewCount: true } });
    await viewPage(null, null, bigThread);
    await viewPage(reader.id, "PATIENT", bigThread);
    const after = await db().question.findUniqueOrThrow({ where: { id: bigThread }, select: { viewCount: true } });
    expect(after.viewCount).toBe(before.viewCount);
    expect(await db().questionView.count()).toBe(0);
    // The expired lock is ignored, not deleted: the sweep job removes it.
    expect(await db().answeringLock.count({ where: { questionId: bigThread } })).toBe(2);
  });
});

describe("a signed-in reader of the kept page", () => {
  let filesThread: number;
  let moderator: Person;
  let unverified: Person;

  /** What the viewer endpoint does: the session's actor, then loadThreadViewer. */
  async function viewerPart(userId: string, questionId: number) {
    const log = recordStatements();
    try {
      const viewer = await loadActor(userId);
      if (!viewer) throw new Error("no actor");
      const part = await loadThreadViewer({ viewer, questionId });
      return { part, statements: log.statements, writes: log.writes() };
    } finally {
      log.stop();
    }
  }

  const attach = (
    id: string,
    data: { questionId?: number; messageId?: string; visibility: "PUBLIC" | "DOCTORS_ONLY" },
  ) => db().attachment.update({ where: { id }, data });

  beforeAll(async () => {
    const specialtyId = (await createSpecialty()).id;
    moderator = await createPerson({ name: "Nora Quinn", role: "MODERATOR" });
    unverified = await createDoctor({ name: "Not Yet", specialtyIds: [specialtyId], verified: false });
    filesThread = await createQuestion({ authorId: asker.id, specialtyId, title: "MRI of the lumbar spine" });
    // The asker's scan for doctors only and a public photo on the question; a file on a doctor's answer; the
    // asker's doctors-only file on a reply; and a reply by another doctor that a moderator hid.
    await attach(await createUpload(asker.id), { questionId: filesThread, visibility: "DOCTORS_ONLY" });
    await attach(await createUpload(asker.id), { questionId: filesThread, visibility: "PUBLIC" });
    const answerId = await answerWithReplies(filesThread, doctors[0] as Person, 2);
    await attach(await createUpload((doctors[0] as Person).id), { messageId: answerId, visibility: "PUBLIC" });
    const askerReply = await db().threadMessage.findFirstOrThrow({
      where: { parentId: answerId, authorId: asker.id },
      select: { id: true },
    });
    await attach(await createUpload(asker.id), { messageId: askerReply.id, visibility: "DOCTORS_ONLY" });
    const other = await answerWithReplies(filesThread, doctors[3] as Person, 0);
    await db().threadMessage.update({
      where: { id: other },
      data: { hiddenAt: new Date(), hiddenReason: "Off topic" },
    });
  });

  it("costs the actor and one statement (staff one more: the reports waiting), writes nothing, and carries exactly what the page rendered for them carries", async () => {
    const viewers: [string, Person, number][] = [
      ["the asker", asker, bigThread],
      ["a follower with a notification", reader, bigThread],
      ["a doctor who answered and agreed", doctors[1] as Person, bigThread],
      ["a doctor writing an answer", doctors[11] as Person, bigThread],
      ["the asker, with files", asker, filesThread],
      ["a verified doctor, with files", doctors[5] as Person, filesThread],
      ["the author of a hidden answer", doctors[3] as Person, filesThread],
      ["an unverified doctor", unverified, filesThread],
      ["a moderator", moderator, filesThread],
    ];
    for (const [who, person, questionId] of viewers) {
      const { part, statements, writes } = await viewerPart(person.id, questionId);
      const rendered = await viewPage(person.id, person.actor.role, questionId);
      expect(statements.length, who).toBeLessThanOrEqual(person === moderator ? 3 : 2);
      expect(writes, who).toEqual([]);
      expect(part.thread, who).toEqual(rendered.page.viewerState);
      expect(part.account, who).toEqual({
        name: person.name,
        role: person.actor.role,
        unread: rendered.badges.unread,
        pendingReports: rendered.badges.pendingReports,
      });
    }
  });

  it("names the files only this viewer may open, and asks for a page of their own only when the kept one lacks something", async () => {
    const files = await db().attachment.findMany({
      where: { OR: [{ questionId: filesThread }, { message: { questionId: filesThread } }] },
      select: { id: true, fileName: true, visibility: true, ownerId: true },
    });
    const doctorsOnly = files.filter((file) => file.visibility === "DOCTORS_ONLY");
    const named = (state: { files: Record<string, string> }) => Object.keys(state.files).sort();

    const doctor = (await viewerPart((doctors[5] as Person).id, filesThread)).part.thread;
    expect(named(doctor)).toEqual(doctorsOnly.map((file) => file.id).sort());
    expect(doctor).toMatchObject({ personal: false, ownMessageIds: [], ownAttachmentIds: [] });

    const own = (await viewerPart(asker.id, filesThread)).part.thread;
    expect(named(own)).toEqual(doctorsOnly.map((file) => file.id).sort());
    expect(own.ownAttachmentIds.sort()).toEqual(
      files
        .filter((file) => file.ownerId === asker.id)
        .map((f) => f.id)
        .sort(),
    );
    expect(own.personal).toBe(false);

    expect((await viewerPart(unverified.id, filesThread)).part.thread).toMatchObject({
      files: {},
      unverifiedDoctor: true,
      personal: false,
    });
    // The hidden answer's author and staff may read it: the kept page shows only the moderator's note.
    expect((await viewerPart((doctors[3] as Person).id, filesThread)).part.thread.personal).toBe(true);
    expect((await viewerPart(moderator.id, filesThread)).part).toMatchObject({
      thread: { personal: true },
      account: { pendingReports: 0 },
    });
  });
});
