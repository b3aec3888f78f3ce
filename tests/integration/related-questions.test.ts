// "Similar questions on the topic": the real embedding model and background job against real Postgres, read back
// through findRelatedQuestions (the question page's function) and suggestSimilarQuestions (the ask page's).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { embedPendingQuestions } from "../../lib/search/embed-pending-questions";
import { findRelatedQuestions } from "../../lib/search/find-related-questions";
import { suggestSimilarQuestions } from "../../lib/search/suggest-similar-questions";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, createSpecialty } from "../support/thread-fixtures";

setupTestDatabase("related_questions");

let authorId: string;
let specialtyId: number;

async function ask(title: string, body: string, extra: Record<string, unknown> = {}): Promise<number> {
  const question = await db().question.create({
    data: { authorId, specialtyId, title, body, shownName: "Anna", shownCity: "Riga", ...extra },
    select: { id: true },
  });
  return question.id;
}

async function embedAll(): Promise<number[]> {
  const embedded: number[] = [];
  while (true) {
    const run = await embedPendingQuestions();
    if (run.embedded.length === 0) return embedded;
    embedded.push(...run.embedded);
  }
}

const relatedIds = async (questionId: number, limit = 20) =>
  (await findRelatedQuestions({ viewer: null, questionId, limit })).map((q) => q.id);

// Everyday questions on other topics, so that "similar" has to mean something.
const DISTRACTORS: [string, string][] = [
  ["Rash on my arm after hiking", "Red itchy spots appeared on my forearm after a walk in the woods."],
  ["How much ibuprofen can my child take?", "My son is 6 and weighs 20 kg. He has a fever."],
  ["Knee hurts when climbing stairs", "The pain is under the kneecap and started after football."],
  ["Is coffee bad in early pregnancy?", "I drink three cups a day and just found out I am pregnant."],
  ["Dandruff that will not go away", "I tried two shampoos and my scalp still flakes."],
  ["Can I take antibiotics with alcohol?", "I was given amoxicillin for a tooth infection."],
  ["Blurry vision in one eye", "Since yesterday everything looks foggy on the left side."],
  ["Lower back pain after lifting a box", "It hurts to bend forward and to sit for long."],
  ["My toddler does not want to eat vegetables", "She is two and only eats pasta and bread."],
  ["Ringing in my ears after a concert", "It has been two days and it is still there."],
  ["Heavy periods with clots", "I change pads every hour on the first days."],
  ["White coating on the tongue", "My mouth tastes bad in the mornings."],
];

let racing: number;
let palpitations: number;

beforeAll(async () => {
  ({ id: authorId } = await createPerson());
  ({ id: specialtyId } = await createSpecialty("Cardiologist"));
  for (const [title, body] of DISTRACTORS) await ask(title, body);
  racing = await ask("My heart is racing and pounding at night", "It started a month ago.");
  // Not one word in common with the question above (stopwords aside).
  palpitations = await ask("Palpitations when lying in bed", "What could cause this?");
}, 60_000);

describe("the background job", () => {
  it("embeds every pending question exactly once, even when two runs start together", async () => {
    const [first, second] = await Promise.all([
      embedPendingQuestions({ batchSize: 5 }),
      embedPendingQuestions({ batchSize: 5 }),
    ]);
    expect([first.busy, second.busy].filter(Boolean)).toHaveLength(1);
    const rest = await embedAll();
    const all = [...first.embedded, ...second.embedded, ...rest];
    expect(new Set(all).size).toBe(all.length);
    const questions = await db().question.findMany({ select: { id: true, embedding: { select: { model: true } } } });
    expect(all.sort((a, b) => a - b)).toEqual(questions.map((q) => q.id).sort((a, b) => a - b));
    expect(questions.every((q) => q.embedding?.model === "use-lite-512")).toBe(true);
    expect((await embedPendingQuestions()).embedded).toEqual([]);
  }, 60_000);
});

describe("findRelatedQuestions", () => {
  it("finds a paraphrase that shares no word, among a dozen questions on other topics", async () => {
    // Shown among the 6 on the question page, ahead of the 12 questions on other topics but one: the general-English
    // model puts short symptom questions close together, and "heart racing" ~ palpitation comes from the synonym list.
    expect((await relatedIds(racing, 6)).slice(0, 2)).toContain(palpitations);
  });

  it("never suggests the question itself", async () => {
    for (const question of await db().question.findMany({ select: { id: true } })) {
      expect(await relatedIds(question.id)).not.toContain(question.id);
    }
  });

  it("never suggests a hidden or deleted question, whether hidden before or after the lists were computed", async () => {
    const hiddenBefore = await ask("Heart racing and pounding at night", "Started a month ago.", {
      hiddenAt: new Date(),
    });
    const deletedBefore = await ask("My heart pounds at night", "It races.", { deletedAt: new Date() });
    const hiddenAfter = await ask("Heart pounding and racing at night", "For a month now.");
    await embedAll();
    expect(await relatedIds(racing)).toContain(hiddenAfter);
    await db().question.update({ where: { id: hiddenAfter }, data: { hiddenAt: new Date() } });

    const listed = await relatedIds(racing, 50);
    for (const id of [hiddenBefore, deletedBefore, hiddenAfter]) expect(listed).not.toContain(id);
    const typed = await suggestSimilarQuestions({ viewer: null, title: "heart racing and pounding at night" });
    for (const id of [hiddenBefore, deletedBefore, hiddenAfter]) expect(typed.map((q) => q.id)).not.toContain(id);
  }, 60_000);

  it("marks a closed question closed and shows what the page lists", async () => {
    const closed = await ask("Palpitations when I lie down in bed", "Nothing else.", {
      status: "CLOSED",
      closeReason: "Answered",
    });
    await embedAll();
    const item = (await findRelatedQuestions({ viewer: null, questionId: palpitations })).find((q) => q.id === closed);
    expect(item).toMatchObject({
      title: "Palpitations when I lie down in bed",
      status: "CLOSED",
      answerCount: 0,
      shownName: "Anna",
      shownCity: "Riga",
      specialty: { name: "Cardiologist" },
    });
    expect(item?.createdAt).toBeInstanceOf(Date);
  }, 60_000);

  it("puts the answered question first among equally similar ones, and shows at most 6 by default", async () => {
    const title = "Sharp pain in the left heel every morning";
    const body = "It hurts most with the first steps.";
    const unanswered = await ask(title, body);
    const answered = await ask(title, body, { answerCount: 2 });
    const query = await ask("Heel hurts when I get out of bed", "The first steps are the worst.");
    await embedAll();
    const list = await findRelatedQuestions({ viewer: null, questionId: query });
    expect(list.length).toBeLessThanOrEqual(6);
    const ids = list.map((q) => q.id);
    expect(ids.indexOf(answered)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(answered)).toBeLessThan(ids.indexOf(unanswered));
  }, 60_000);

  it("shows word-based suggestions for a question the job has not embedded yet", async () => {
    const fresh = await ask("Knee pain when climbing stairs again", "Under the kneecap.");
    const list = await relatedIds(fresh);
    expect(list).not.toContain(fresh);
    expect(list[0]).toBe((await db().question.findFirstOrThrow({ where: { title: DISTRACTORS[2]?.[0] } })).id);
  });
});

describe("suggestSimilarQuestions", () => {
  it("finds questions by synonym and misspelling while a patient types", async () => {
    const ids = (await suggestSimilarQuestions({ viewer: null, title: "Palpitatons in bed" })).map((q) => q.id);
    expect(ids).toContain(palpitations);
    const drug = (await suggestSimilarQuestions({ viewer: null, title: "antibiotic and beer", body: "Augmentin" })).map(
      (q) => q.title,
    );
    expect(drug[0]).toBe("Can I take antibiotics with alcohol?");
  });
});
