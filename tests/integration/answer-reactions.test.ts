// Thanks and agree: the asker thanks, other verified doctors agree, once each, never on one's own answer.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { NO_SUCH_ANSWER, NO_SUCH_REACTION, reactToAnswer } from "../../lib/reactions/react-to-answer";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("answer_reactions");

let neurologyId: number;
let mark: Person;
let otherPatient: Person;
let hartmann: Person;
let maslova: Person;
let marin: Person;
let pending: Person;
let questionId: number;

const reactionsOn = (messageId: string) =>
  db().messageReaction.findMany({
    where: { messageId },
    orderBy: [{ kind: "asc" }, { userId: "asc" }],
    select: { userId: true, kind: true },
  });

async function answer(authorId: string, extra: { hiddenAt?: Date; onQuestion?: number } = {}) {
  const message = await db().threadMessage.create({
    data: {
      questionId: extra.onQuestion ?? questionId,
      kind: "ANSWER",
      authorId,
      body: "Keep moving gently and see a neurologist if the numbness spreads.",
      hiddenAt: extra.hiddenAt,
    },
    select: { id: true },
  });
  return message.id;
}

beforeAll(async () => {
  neurologyId = (await createSpecialty("Neurologist")).id;
  mark = await createPerson({ name: "Mark Tanner" });
  otherPatient = await createPerson({ name: "Olga Berg" });
  hartmann = await createDoctor({ name: "Daniel Hartmann", specialtyIds: [neurologyId] });
  maslova = await createDoctor({ name: "Irina Maslova", specialtyIds: [neurologyId] });
  marin = await createDoctor({ name: "Sofia Marin", specialtyIds: [neurologyId] });
  pending = await createDoctor({ name: "Petr Novy", specialtyIds: [neurologyId], verified: false });
  questionId = await createQuestion({ authorId: mark.id, specialtyId: neurologyId });
});

describe("reactToAnswer: the kind", () => {
  it("refuses a kind other than THANKS or AGREE and writes nothing (it used to count as thanks)", async () => {
    const messageId = await answer(hartmann.id, {
      onQuestion: await createQuestion({ authorId: mark.id, specialtyId: neurologyId }),
    });
    const refused = await failureOf(reactToAnswer({ actor: mark.actor, messageId, kind: "LOVE" }));
    expect(refused.code).toBe("INVALID");
    expect(refused.message).toBe(NO_SUCH_REACTION);
    expect(await reactionsOn(messageId)).toEqual([]);
  });
});

describe("reactToAnswer: thanks", () => {
  it("lets the asker thank a doctor once; a second time is a CONFLICT that names the doctor", async () => {
    const messageId = await answer(hartmann.id);
    const counts = await reactToAnswer({ actor: mark.actor, messageId, kind: "THANKS" });
    expect(counts).toEqual({ messageId, thanksCount: 1, agreeCount: 0 });
    const again = await failureOf(reactToAnswer({ actor: mark.actor, messageId, kind: "THANKS" }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe("You already thanked Dr. Daniel Hartmann for this answer.");
    expect(await reactionsOn(messageId)).toEqual([{ userId: mark.id, kind: "THANKS" }]);
  });

  it("writes one row when the same thanks arrives twice at once", async () => {
    const messageId = await answer(maslova.id);
    const outcomes = await Promise.allSettled([
      reactToAnswer({ actor: mark.actor, messageId, kind: "THANKS" }),
      reactToAnswer({ actor: mark.actor, messageId, kind: "THANKS" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await reactionsOn(messageId)).toEqual([{ userId: mark.id, kind: "THANKS" }]);
  });

  it("refuses thanks from anyone but the asker", async () => {
    const messageId = await answer(marin.id);
    for (const actor of [otherPatient.actor, hartmann.actor, marin.actor, null]) {
      const error = await failureOf(reactToAnswer({ actor, messageId, kind: "THANKS" }));
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await reactionsOn(messageId)).toEqual([]);
  });
});

describe("reactToAnswer: agree", () => {
  it("lets other verified doctors agree once each", async () => {
    const messageId = await answer(hartmann.id, {
      onQuestion: await createQuestion({ authorId: mark.id, specialtyId: neurologyId }),
    });
    await reactToAnswer({ actor: maslova.actor, messageId, kind: "AGREE" });
    const counts = await reactToAnswer({ actor: marin.actor, messageId, kind: "AGREE" });
    expect(counts).toEqual({ messageId, thanksCount: 0, agreeCount: 2 });
    const again = await failureOf(reactToAnswer({ actor: marin.actor, messageId, kind: "AGREE" }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe("You already agreed with Dr. Daniel Hartmann's answer.");
    expect((await reactionsOn(messageId)).map((row) => row.kind)).toEqual(["AGREE", "AGREE"]);
  });

  it("refuses the answer's own author, unverified doctors and patients", async () => {
    const messageId = await answer(hartmann.id, {
      onQuestion: await createQuestion({ authorId: mark.id, specialtyId: neurologyId }),
    });
    const own = await failureOf(reactToAnswer({ actor: hartmann.actor, messageId, kind: "AGREE" }));
    expect(own).toMatchObject({ code: "FORBIDDEN", message: "You cannot agree with your own answer." });
    for (const actor of [pending.actor, mark.actor, otherPatient.actor]) {
      expect((await failureOf(reactToAnswer({ actor, messageId, kind: "AGREE" }))).code).toBe("FORBIDDEN");
    }
    expect(await reactionsOn(messageId)).toEqual([]);
  });
});

describe("reactToAnswer: what can be reacted to", () => {
  it("only visible answers on readable questions", async () => {
    const otherQuestion = await createQuestion({ authorId: mark.id, specialtyId: neurologyId });
    const hiddenAnswer = await answer(hartmann.id, { hiddenAt: new Date(), onQuestion: otherQuestion });
    const hiddenQuestion = await createQuestion({
      authorId: mark.id,
      specialtyId: neurologyId,
      extra: { hiddenAt: new Date() },
    });
    const onHiddenQuestion = await answer(maslova.id, { onQuestion: hiddenQuestion });
    const reply = await db().threadMessage.create({
      data: {
        questionId: otherQuestion,
        kind: "REPLY",
        parentId: hiddenAnswer,
        authorId: marin.id,
        body: "Agreed, see a doctor.",
      },
      select: { id: true },
    });

    expect(
      (await failureOf(reactToAnswer({ actor: mark.actor, messageId: hiddenAnswer, kind: "THANKS" }))).message,
    ).toBe(NO_SUCH_ANSWER);
    expect((await failureOf(reactToAnswer({ actor: marin.actor, messageId: reply.id, kind: "AGREE" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failureOf(reactToAnswer({ actor: mark.actor, messageId: "nope", kind: "THANKS" }))).code).toBe(
      "NOT_FOUND",
    );
    // The asker still reads their hidden question, but nobody reacts inside it; others do not even see it.
    expect(
      (await failureOf(reactToAnswer({ actor: mark.actor, messageId: onHiddenQuestion, kind: "THANKS" }))).code,
    ).toBe("FORBIDDEN");
    expect(
      (await failureOf(reactToAnswer({ actor: hartmann.actor, messageId: onHiddenQuestion, kind: "AGREE" }))).code,
    ).toBe("NOT_FOUND");
    expect(
      await db().messageReaction.count({ where: { messageId: { in: [hiddenAnswer, onHiddenQuestion, reply.id] } } }),
    ).toBe(0);
  });
});
