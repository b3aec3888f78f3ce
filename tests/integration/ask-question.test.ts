// Asking: who may, what is stored, and that a refused question leaves no row behind.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { askQuestion } from "../../lib/questions/ask-question";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createSpecialty,
  createUpload,
  type Person,
  relaxFloodLimits,
} from "../support/thread-fixtures";

relaxFloodLimits();
setupTestDatabase("ask_question");

let specialtyId: number;
let mark: Person;

const validInput = (extra: object = {}) => ({
  specialtyId: String(specialtyId),
  title: "  Back pain down the right leg  ",
  body: "  It started in October.\n\n- worse when sitting\n- **numb** toes at night  ",
  ...extra,
});

const counts = async () => ({
  questions: await db().question.count(),
  follows: await db().follow.count(),
  attached: await db().attachment.count({ where: { questionId: { not: null } } }),
});

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  mark = await createPerson({ name: "Mark Tanner" });
});

describe("askQuestion", () => {
  it("stores the question as typed (trimmed) under the account's first name, followed by its asker", async () => {
    const { questionId } = await askQuestion({ actor: mark.actor, input: validInput() });
    const stored = await db().question.findUniqueOrThrow({ where: { id: questionId } });
    expect(stored).toMatchObject({
      authorId: mark.id,
      specialtyId,
      title: "Back pain down the right leg",
      body: "It started in October.\n\n- worse when sitting\n- **numb** toes at night",
      shownName: "Mark",
      shownCity: null,
      status: "OPEN",
      answerCount: 0,
    });
    expect(await db().follow.findMany({ where: { questionId }, select: { userId: true } })).toEqual([
      { userId: mark.id },
    ]);
  });

  it("uses the pseudonym and city the asker chose, and links their uploaded files", async () => {
    const files = [await createUpload(mark.id), await createUpload(mark.id)];
    const { questionId } = await askQuestion({
      actor: mark.actor,
      input: validInput({ shownName: " Egor ", shownCity: "Samara", attachmentIds: files }),
    });
    const stored = await db().question.findUniqueOrThrow({
      where: { id: questionId },
      select: { shownName: true, shownCity: true, attachments: { select: { id: true, messageId: true } } },
    });
    expect(stored.shownName).toBe("Egor");
    expect(stored.shownCity).toBe("Samara");
    expect(stored.attachments.map((a) => a.id).sort()).toEqual([...files].sort());
  });

  it("refuses visitors, doctors and suspended patients, and writes nothing", async () => {
    const doctor = await createDoctor({ specialtyIds: [specialtyId] });
    const suspended = await createPerson({ suspended: true, suspendedUntil: new Date(Date.now() + 86_400_000) });
    const before = await counts();
    for (const actor of [null, doctor.actor, suspended.actor]) {
      const error = await failureOf(askQuestion({ actor, input: validInput() }));
      expect(error.code).toBe("FORBIDDEN");
    }
    expect((await failureOf(askQuestion({ actor: suspended.actor, input: validInput() }))).message).toMatch(
      /suspended until/,
    );
    expect(await counts()).toEqual(before);
  });

  it("lets a patient whose suspension has ended ask again", async () => {
    const pardoned = await createPerson({ suspended: true, suspendedUntil: new Date(Date.now() - 1000) });
    const { questionId } = await askQuestion({ actor: pardoned.actor, input: validInput() });
    expect(await db().question.count({ where: { id: questionId, authorId: pardoned.id } })).toBe(1);
  });

  it("explains every bad field and writes nothing", async () => {
    const before = await counts();
    const error = await failureOf(
      askQuestion({
        actor: mark.actor,
        input: { specialtyId: "", title: "Help", body: "   short   ", shownName: "x".repeat(61) },
      }),
    );
    expect(error.code).toBe("INVALID");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["body", "shownName", "specialtyId", "title"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a specialty that does not exist", async () => {
    const error = await failureOf(askQuestion({ actor: mark.actor, input: validInput({ specialtyId: "987654" }) }));
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors.specialtyId).toHaveLength(1);
  });

  it("refuses another user's file and then saves neither the question nor the files", async () => {
    const lena = await createPerson({ name: "Lena Hoffmann" });
    const own = await createUpload(mark.id);
    const foreign = await createUpload(lena.id);
    const before = await counts();

    const error = await failureOf(
      askQuestion({ actor: mark.actor, input: validInput({ attachmentIds: [own, foreign] }) }),
    );
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors.attachmentIds).toHaveLength(1);
    expect(await counts()).toEqual(before);
    const files = await db().attachment.findMany({
      where: { id: { in: [own, foreign] } },
      select: { questionId: true },
    });
    expect(files).toEqual([{ questionId: null }, { questionId: null }]);
  });
});
