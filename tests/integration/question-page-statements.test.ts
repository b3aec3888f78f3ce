// What one question page view costs the database, counted at the pg driver: everything the page loads (the session's
// actor, loadQuestionPage, the header's badges) for a visitor, a patient and a doctor, on a thread with many answers
// and replies. A page view reads only: no INSERT, UPDATE or DELETE, whoever reads, whatever the thread holds.

import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import type { Viewer } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import type { Role } from "../../lib/generated/prisma/enums";
import { loadHeaderBadges } from "../../lib/notifications/load-header-badges";
import { loadQuestionPage } from "../../lib/questions/load-question-page";
import { recordStatements } from "../support/count-statements";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

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
