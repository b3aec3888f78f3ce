// Red-flag triage at ask time: ticked warning signs are stored and make the question urgent; a sign that is not on
// the specialty's list is refused and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { askQuestion } from "../../lib/questions/ask-question";
import { getQuestionThread } from "../../lib/questions/get-question-thread";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, createSpecialty, type Person, relaxFloodLimits } from "../support/thread-fixtures";

relaxFloodLimits();
setupTestDatabase("red_flags");

let neurology: number;
let dermatology: number;
let patient: Person;

const input = (specialtyId: number, redFlags: string[]) => ({
  specialtyId: String(specialtyId),
  title: "Back pain going down my left leg",
  body: "For two weeks the pain goes from my lower back down to the foot.",
  redFlags,
});

beforeAll(async () => {
  neurology = (await createSpecialty("Neurologist")).id;
  dermatology = (await createSpecialty("Dermatologist")).id;
  patient = await createPerson({ name: "Lena Park" });
});

describe("red flags at ask time", () => {
  it("stores the ticked signs and marks the question urgent, shown on the question page", async () => {
    const { questionId } = await askQuestion({
      actor: patient.actor,
      input: input(neurology, ["bladder-bowel-loss", "saddle-numbness", "bladder-bowel-loss"]),
    });
    const stored = await db().question.findUniqueOrThrow({ where: { id: questionId } });
    expect(stored.urgent).toBe(true);
    expect(stored.redFlags).toEqual(["bladder-bowel-loss", "saddle-numbness"]);

    const thread = await getQuestionThread({ viewer: null, questionId });
    expect(thread.question).toMatchObject({ urgent: true, redFlags: ["bladder-bowel-loss", "saddle-numbness"] });
  });

  it("accepts the generic signs under any specialty", async () => {
    const { questionId } = await askQuestion({ actor: patient.actor, input: input(dermatology, ["chest-pain"]) });
    expect(await db().question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({
      urgent: true,
      redFlags: ["chest-pain"],
    });
  });

  it("leaves a question without ticked signs not urgent", async () => {
    const { questionId } = await askQuestion({ actor: patient.actor, input: input(neurology, []) });
    expect(await db().question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({
      urgent: false,
      redFlags: [],
    });
  });

  it("refuses a code that is not on the chosen specialty's list, and writes nothing", async () => {
    const before = await db().question.count();
    // A neurology sign under dermatology, and a made-up one.
    for (const codes of [["saddle-numbness"], ["chest-pain", "made-up-sign"], ["<script>"]]) {
      const error = await failureOf(askQuestion({ actor: patient.actor, input: input(dermatology, codes) }));
      expect(error.code).toBe("INVALID");
      expect(error.fieldErrors.redFlags?.[0]).toMatch(/warning signs/);
    }
    expect(await db().question.count()).toBe(before);
  });
});
