// Closing: by the asker, or by staff with a reason on record; a closed thread takes nothing new.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { CLOSED_TO_ANSWERS, postAnswer } from "../../lib/messages/post-answer";
import { postReply } from "../../lib/messages/post-reply";
import { ASKER_CLOSE_REASON, closeQuestion } from "../../lib/questions/close-question";
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
setupTestDatabase("close_question");

let specialtyId: number;
let mark: Person;
let irina: Person;
let nora: Person;

const statusOf = (questionId: number) =>
  db().question.findUniqueOrThrow({
    where: { id: questionId },
    select: { status: true, closedAt: true, closedById: true, closeReason: true },
  });
const closeNotices = (questionId: number) =>
  db().notification.findMany({
    where: { type: "QUESTION_CLOSED", url: `/questions/${questionId}` },
    select: { userId: true, title: true, body: true },
    orderBy: { userId: "asc" },
  });
const auditOf = (questionId: number) =>
  db().auditLog.findMany({ where: { targetType: "Question", targetId: String(questionId) } });

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  mark = await createPerson({ name: "Mark Tanner" });
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
  nora = await createPerson({ name: "Nora Quinn", role: "MODERATOR" });
});

describe("closeQuestion", () => {
  it("lets the asker close with the default reason, notifies the other followers, and audits nothing", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const now = new Date(Date.UTC(2026, 10, 26, 18));
    const answeredAt = new Date(now.getTime() - 60 * 60_000);
    await postAnswer({ actor: irina.actor, input: { questionId, body: "What are you taking?" }, now: answeredAt });

    const closed = await closeQuestion({ actor: mark.actor, input: { questionId: String(questionId) }, now });
    expect(closed).toEqual({ questionId, closedAt: now, closeReason: ASKER_CLOSE_REASON });
    expect(await statusOf(questionId)).toEqual({
      status: "CLOSED",
      closedAt: now,
      closedById: mark.id,
      closeReason: ASKER_CLOSE_REASON,
    });
    // Irina follows by answering; Mark closed it himself and hears nothing.
    expect(await closeNotices(questionId)).toEqual([
      { userId: irina.id, title: "“Back pain down the right leg” was closed", body: ASKER_CLOSE_REASON },
    ]);
    expect(await auditOf(questionId)).toEqual([]);
  });

  it("refuses a moderator without a reason, next to the reason field, and leaves the question open", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    for (const reason of [undefined, "   "]) {
      const error = await failureOf(closeQuestion({ actor: nora.actor, input: { questionId, reason } }));
      expect(error.code).toBe("INVALID");
      expect(error.fieldErrors.reason).toHaveLength(1);
    }
    expect((await statusOf(questionId)).status).toBe("OPEN");
    expect(await closeNotices(questionId)).toEqual([]);
    expect(await auditOf(questionId)).toEqual([]);
  });

  it("lets a moderator close with a reason, on record in the audit log, and tells the asker", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    await closeQuestion({ actor: nora.actor, input: { questionId, reason: " Duplicate of question 12. " } });

    expect(await statusOf(questionId)).toMatchObject({
      status: "CLOSED",
      closedById: nora.id,
      closeReason: "Duplicate of question 12.",
    });
    const [entry, ...others] = await auditOf(questionId);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      actorId: nora.id,
      action: "question.close",
      before: { status: "OPEN" },
      after: { status: "CLOSED" },
      reason: "Duplicate of question 12.",
    });
    expect(await closeNotices(questionId)).toEqual([
      { userId: mark.id, title: "Your question was closed", body: "Duplicate of question 12." },
    ]);
  });

  it("refuses other patients and doctors, and closing twice", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const lena = await createPerson({ name: "Lena Hoffmann" });
    for (const actor of [lena.actor, irina.actor]) {
      const error = await failureOf(closeQuestion({ actor, input: { questionId, reason: "Because." } }));
      expect(error.code).toBe("FORBIDDEN");
    }
    expect((await failureOf(closeQuestion({ actor: null, input: { questionId } }))).code).toBe("FORBIDDEN");
    expect((await statusOf(questionId)).status).toBe("OPEN");

    await closeQuestion({ actor: mark.actor, input: { questionId } });
    const again = await failureOf(closeQuestion({ actor: mark.actor, input: { questionId } }));
    expect(again.code).toBe("CONFLICT");
  });

  it("takes no answer or reply once closed", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const { messageId: answerId } = await postAnswer({ actor: irina.actor, input: { questionId, body: "Rest." } });
    await closeQuestion({ actor: mark.actor, input: { questionId } });
    const yana = await createDoctor({ name: "Yana Potekhina", specialtyIds: [specialtyId] });

    const answer = await failureOf(postAnswer({ actor: yana.actor, input: { questionId, body: "Late answer." } }));
    expect(answer).toMatchObject({ code: "CONFLICT", message: CLOSED_TO_ANSWERS });
    const reply = await failureOf(postReply({ actor: mark.actor, input: { questionId, answerId, body: "Thanks!" } }));
    expect(reply.code).toBe("CONFLICT");
    expect(await db().threadMessage.count({ where: { questionId } })).toBe(1);
  });

  it("tells only those who may still read a hidden question that it was closed", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId, extra: { hiddenAt: new Date() } });
    const lena = await createPerson({ name: "Lena Hoffmann" });
    // Lena followed before the question was hidden.
    await db().follow.create({ data: { userId: lena.id, questionId } });
    await closeQuestion({ actor: nora.actor, input: { questionId, reason: "Personal data in the title." } });
    expect((await closeNotices(questionId)).map((notice) => notice.userId)).toEqual([mark.id]);
  });

  it("answers a question the actor may not read as not found", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId, extra: { hiddenAt: new Date() } });
    const lena = await createPerson({ name: "Lena Hoffmann" });
    expect((await failureOf(closeQuestion({ actor: lena.actor, input: { questionId } }))).code).toBe("NOT_FOUND");
  });
});
