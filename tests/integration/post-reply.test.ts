// Replying under an answer: who may, whom a reply speaks to, and what is refused without a trace.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { postAnswer } from "../../lib/messages/post-answer";
import { CLOSED_TO_REPLIES, postReply } from "../../lib/messages/post-reply";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createQuestion,
  createSpecialty,
  createUpload,
  type Person,
  relaxFloodLimits,
} from "../support/thread-fixtures";

relaxFloodLimits();
setupTestDatabase("post_reply");

let specialtyId: number;
let mark: Person;
let irina: Person;
let yana: Person;

/** A fresh question by Mark with one answer by Irina, posted at `answeredAt` (the clock's time by default). */
async function answeredQuestion(answeredAt?: Date): Promise<{ questionId: number; answerId: string }> {
  const questionId = await createQuestion({ authorId: mark.id, specialtyId });
  const { messageId } = await postAnswer({
    actor: irina.actor,
    input: { questionId, body: "What are you taking?" },
    now: answeredAt,
  });
  return { questionId, answerId: messageId };
}

const repliesOn = (questionId: number) => db().threadMessage.count({ where: { questionId, kind: "REPLY" } });
const stored = (messageId: string) =>
  db().threadMessage.findUniqueOrThrow({
    where: { id: messageId },
    select: { kind: true, parentId: true, authorId: true, addresseeId: true, body: true },
  });

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  mark = await createPerson({ name: "Mark Tanner" });
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
  yana = await createDoctor({ name: "Yana Potekhina", specialtyIds: [specialtyId] });
});

describe("postReply: the conversation under an answer", () => {
  it("goes Mark → Dr. Irina, then Dr. Irina → Mark, as on the seed page", async () => {
    // One fixed timeline: the answer, Mark's reply at `now`, then Irina's a minute later.
    const now = new Date(Date.UTC(2026, 10, 26, 10));
    const { questionId, answerId } = await answeredQuestion(new Date(now.getTime() - 60 * 60_000));
    const fromMark = await postReply({
      actor: mark.actor,
      input: { questionId, answerId, body: "Nimesil and an ointment." },
      now,
    });
    expect(await stored(fromMark.messageId)).toEqual({
      kind: "REPLY",
      parentId: answerId,
      authorId: mark.id,
      addresseeId: irina.id,
      body: "Nimesil and an ointment.",
    });
    const question = await db().question.findUniqueOrThrow({ where: { id: questionId } });
    expect(question.lastActivityAt).toEqual(now);
    expect(question.answerCount).toBe(1);

    const fromIrina = await postReply({
      actor: irina.actor,
      input: { questionId, answerId, inReplyToId: fromMark.messageId, body: "Try pregabalin." },
      now: new Date(now.getTime() + 60_000),
    });
    expect(await stored(fromIrina.messageId)).toMatchObject({ parentId: answerId, addresseeId: mark.id });
  });

  it("never addresses the replier: under one's own answer it speaks to the asker, and the asker to the doctor", async () => {
    const { questionId, answerId } = await answeredQuestion();
    const ownAnswer = await postReply({
      actor: irina.actor,
      input: { questionId, answerId, body: "Also: any numbness?" },
    });
    expect((await stored(ownAnswer.messageId)).addresseeId).toBe(mark.id);

    const first = await postReply({ actor: mark.actor, input: { questionId, answerId, body: "Some, at night." } });
    const second = await postReply({
      actor: mark.actor,
      input: { questionId, answerId, inReplyToId: first.messageId, body: "And in the morning." },
    });
    expect((await stored(second.messageId)).addresseeId).toBe(irina.id);
  });

  it("lets another doctor reply under a colleague's answer, speaking to that colleague", async () => {
    const { questionId, answerId } = await answeredQuestion();
    const { messageId } = await postReply({ actor: yana.actor, input: { questionId, answerId, body: "I agree." } });
    expect(await stored(messageId)).toMatchObject({ authorId: yana.id, addresseeId: irina.id });
    expect(await db().follow.count({ where: { questionId, userId: yana.id } })).toBe(1);
  });

  it("links the replier's uploaded files to the reply", async () => {
    const { questionId, answerId } = await answeredQuestion();
    const file = await createUpload(mark.id);
    const { messageId } = await postReply({
      actor: mark.actor,
      input: { questionId, answerId, body: "My MRI.", attachmentIds: [file] },
    });
    expect(await db().attachment.findUniqueOrThrow({ where: { id: file }, select: { messageId: true } })).toEqual({
      messageId,
    });
  });
});

describe("postReply: refusals", () => {
  it("refuses other patients, visitors, unverified and suspended people", async () => {
    const { questionId, answerId } = await answeredQuestion();
    const lena = await createPerson({ name: "Lena Hoffmann" });
    const pending = await createDoctor({ specialtyIds: [specialtyId], verified: false });
    const suspendedMark = { ...mark.actor, status: "SUSPENDED" as const };
    for (const actor of [lena.actor, pending.actor, null, suspendedMark]) {
      expect((await failureOf(postReply({ actor, input: { questionId, answerId, body: "Hi." } }))).code).toBe(
        "FORBIDDEN",
      );
    }
    expect(await repliesOn(questionId)).toBe(0);
  });

  it("refuses replies in a closed question as a conflict and writes nothing", async () => {
    const { questionId, answerId } = await answeredQuestion();
    await db().question.update({ where: { id: questionId }, data: { status: "CLOSED" } });
    const before = await db().question.findUniqueOrThrow({ where: { id: questionId } });
    for (const actor of [mark.actor, irina.actor]) {
      const error = await failureOf(postReply({ actor, input: { questionId, answerId, body: "Thanks!" } }));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toBe(CLOSED_TO_REPLIES);
    }
    expect(await repliesOn(questionId)).toBe(0);
    expect(await db().question.findUniqueOrThrow({ where: { id: questionId } })).toEqual(before);
  });

  it("answers a reply under a non-answer, another question's answer, or a hidden answer as not found", async () => {
    const { questionId, answerId } = await answeredQuestion();
    const other = await answeredQuestion();
    const reply = await postReply({ actor: mark.actor, input: { questionId, answerId, body: "A reply." } });
    const hidden = await postAnswer({ actor: yana.actor, input: { questionId, body: "Buy pills online." } });
    await db().threadMessage.update({ where: { id: hidden.messageId }, data: { hiddenAt: new Date() } });

    for (const badAnswerId of [reply.messageId, other.answerId, hidden.messageId, "no-such-answer"]) {
      const error = await failureOf(
        postReply({ actor: mark.actor, input: { questionId, answerId: badAnswerId, body: "Hello?" } }),
      );
      expect(error.code).toBe("NOT_FOUND");
    }
    // inReplyToId must be a reply under that same answer.
    const elsewhere = await postReply({
      actor: mark.actor,
      input: { questionId: other.questionId, answerId: other.answerId, body: "Elsewhere." },
    });
    const error = await failureOf(
      postReply({ actor: irina.actor, input: { questionId, answerId, inReplyToId: elsewhere.messageId, body: "Hm." } }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await repliesOn(questionId)).toBe(1);
  });

  it("refuses another user's file and saves no reply", async () => {
    const { questionId, answerId } = await answeredQuestion();
    const foreign = await createUpload(yana.id);
    const error = await failureOf(
      postReply({ actor: mark.actor, input: { questionId, answerId, body: "See file.", attachmentIds: [foreign] } }),
    );
    expect(error.code).toBe("INVALID");
    expect(await repliesOn(questionId)).toBe(0);
    expect(
      await db().notification.count({ where: { type: "NEW_REPLY", url: { startsWith: `/questions/${questionId}#` } } }),
    ).toBe(0);
  });

  it("explains bad input and writes nothing", async () => {
    const { questionId, answerId } = await answeredQuestion();
    const error = await failureOf(postReply({ actor: mark.actor, input: { questionId, answerId, body: "" } }));
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors.body).toHaveLength(1);
    expect(await repliesOn(questionId)).toBe(0);
  });
});
