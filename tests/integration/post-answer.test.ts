// Answering: verified doctors only, once per question, never into a closed one; the count moves with it.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { ALREADY_ANSWERED, CLOSED_TO_ANSWERS, postAnswer } from "../../lib/messages/post-answer";
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
const database = setupTestDatabase("post_answer");

let neurologyId: number;
let cardiologyId: number;
let mark: Person;
let irina: Person;

const answerText = "What are you currently taking for the pain?";
const answersOn = (questionId: number) =>
  db().threadMessage.findMany({ where: { questionId, kind: "ANSWER" }, select: { authorId: true, body: true } });
const answerCountOf = async (questionId: number) =>
  (await db().question.findUniqueOrThrow({ where: { id: questionId }, select: { answerCount: true } })).answerCount;

beforeAll(async () => {
  neurologyId = (await createSpecialty("Neurologist")).id;
  cardiologyId = (await createSpecialty("Cardiologist")).id;
  mark = await createPerson({ name: "Mark Tanner" });
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [neurologyId] });
});

describe("postAnswer", () => {
  it("saves the answer, counts it, stamps the activity and makes the doctor a follower", async () => {
    const now = new Date(Date.UTC(2026, 10, 26, 9, 30));
    const askedAt = new Date(now.getTime() - 60 * 60_000);
    const questionId = await createQuestion({ authorId: mark.id, specialtyId: neurologyId, createdAt: askedAt });
    const { messageId } = await postAnswer({
      actor: irina.actor,
      input: { questionId: String(questionId), body: ` ${answerText} ` },
      now,
    });

    const answer = await db().threadMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(answer).toMatchObject({
      questionId,
      kind: "ANSWER",
      parentId: null,
      authorId: irina.id,
      body: answerText,
      outsideSpecialty: false,
    });
    const question = await db().question.findUniqueOrThrow({ where: { id: questionId } });
    expect(question.answerCount).toBe(1);
    expect(question.lastActivityAt).toEqual(now);
    expect(await db().follow.count({ where: { questionId, userId: irina.id } })).toBe(1);
  });

  it("marks an answer outside the doctor's specialties", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId: cardiologyId });
    const { messageId } = await postAnswer({ actor: irina.actor, input: { questionId, body: answerText } });
    const answer = await db().threadMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(answer.outsideSpecialty).toBe(true);
  });

  it("refuses patients, unverified and suspended doctors, and writes nothing", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId: neurologyId });
    const pending = await createDoctor({ specialtyIds: [neurologyId], verified: false });
    const suspended = await createDoctor({ specialtyIds: [neurologyId], suspended: true });
    for (const actor of [mark.actor, pending.actor, suspended.actor, null]) {
      const error = await failureOf(postAnswer({ actor, input: { questionId, body: answerText } }));
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await answersOn(questionId)).toEqual([]);
    expect(await answerCountOf(questionId)).toBe(0);
    expect(await db().follow.count({ where: { questionId } })).toBe(1);
  });

  it("tells a doctor a closed question takes no answers (a conflict, not a permission), and writes nothing", async () => {
    const questionId = await createQuestion({
      authorId: mark.id,
      specialtyId: neurologyId,
      extra: { status: "CLOSED" },
    });
    const error = await failureOf(postAnswer({ actor: irina.actor, input: { questionId, body: answerText } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(CLOSED_TO_ANSWERS);
    expect(await answersOn(questionId)).toEqual([]);
    expect(await answerCountOf(questionId)).toBe(0);
    expect(await db().notification.count({ where: { url: { startsWith: `/questions/${questionId}#` } } })).toBe(0);
  });

  it("answers hidden, deleted and missing questions as not found", async () => {
    const hidden = await createQuestion({
      authorId: mark.id,
      specialtyId: neurologyId,
      extra: { hiddenAt: new Date() },
    });
    const deleted = await createQuestion({
      authorId: mark.id,
      specialtyId: neurologyId,
      extra: { deletedAt: new Date() },
    });
    for (const questionId of [hidden, deleted, 999_999]) {
      const error = await failureOf(postAnswer({ actor: irina.actor, input: { questionId, body: answerText } }));
      expect(error.code).toBe("NOT_FOUND");
    }
    expect(await answersOn(hidden)).toEqual([]);
  });

  it("refuses a second answer by the same doctor and points to a reply instead", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId: neurologyId });
    await postAnswer({ actor: irina.actor, input: { questionId, body: answerText } });
    const error = await failureOf(postAnswer({ actor: irina.actor, input: { questionId, body: "One more thing." } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(ALREADY_ANSWERED);
    expect(await answersOn(questionId)).toEqual([{ authorId: irina.id, body: answerText }]);
    expect(await answerCountOf(questionId)).toBe(1);
  });

  it("keeps exactly one of two simultaneous answers by one doctor", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId: neurologyId });
    const attempt = (body: string) => postAnswer({ actor: irina.actor, input: { questionId, body } });
    const results = await Promise.allSettled([attempt("First click."), attempt("Second click.")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
    });
    expect(await answersOn(questionId)).toHaveLength(1);
    expect(await answerCountOf(questionId)).toBe(1);
  });

  it("lets two doctors answer the same question", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId: neurologyId });
    const yana = await createDoctor({ name: "Yana Potekhina", specialtyIds: [neurologyId] });
    await postAnswer({ actor: irina.actor, input: { questionId, body: answerText } });
    await postAnswer({ actor: yana.actor, input: { questionId, body: "Have you had a CRP test?" } });
    expect(await answerCountOf(questionId)).toBe(2);
  });

  it("explains a bad body and writes nothing", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId: neurologyId });
    const error = await failureOf(postAnswer({ actor: irina.actor, input: { questionId, body: "  " } }));
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors.body).toHaveLength(1);
    expect(await answersOn(questionId)).toEqual([]);
  });

  it("has the database refuse a second live answer by one doctor, whatever path writes it", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId: neurologyId });
    const client = new pg.Client({ connectionString: database().url });
    await client.connect();
    try {
      const insert = (id: string, deleted: boolean) =>
        client.query(
          `INSERT INTO "ThreadMessage" (id, "questionId", kind, "authorId", body, "deletedAt")
           VALUES ($1, $2, 'ANSWER', $3, 'text', $4)`,
          [id, questionId, irina.id, deleted ? new Date() : null],
        );
      await insert("withdrawn", true);
      await insert("live", false);
      await expect(insert("second", false)).rejects.toMatchObject({
        code: "23505",
        constraint: "ThreadMessage_one_answer_per_doctor_key",
      });
    } finally {
      await client.end();
    }
  });
});
