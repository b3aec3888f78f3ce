// The search page's use-case against real Postgres: full text over questions and doctors' answers, synonyms,
// filters, highlighted snippets as plain segments, pages, and what to try when nothing matched.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { searchQuestions } from "../../lib/search/search-questions";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createSpecialty } from "../support/thread-fixtures";

setupTestDatabase("search_questions");

let neurology: { id: number; slug: string };
let dermatology: { id: number; slug: string };
const ids: Record<string, number> = {};

beforeAll(async () => {
  neurology = await createSpecialty("Neurologist");
  dermatology = await createSpecialty("Dermatologist");
  const { id: authorId } = await createPerson();
  const doctor = await createDoctor({ specialtyIds: [neurology.id, dermatology.id] });
  const ask = async (key: string, title: string, body: string, specialtyId: number, extra = {}) => {
    const question = await db().question.create({
      data: { authorId, specialtyId, title, body, shownName: "Mark", shownCity: "Tartu", ...extra },
      select: { id: true },
    });
    ids[key] = question.id;
  };
  const answer = (key: string, body: string, extra = {}) =>
    db().threadMessage.create({
      data: { questionId: ids[key] as number, kind: "ANSWER", authorId: doctor.id, body, ...extra },
    });

  await ask("heel", "Pain in the heel after running", "Every morning the first steps hurt a lot.", neurology.id, {
    answerCount: 1,
  });
  await answer("heel", "This sounds like plantar fasciitis. Stretch the calf and rest from running.");
  await ask("hidden-answer", "Stiff toes in the morning", "They loosen up by noon.", neurology.id, { answerCount: 0 });
  await answer("hidden-answer", "Possibly gout, see a rheumatologist.", { hiddenAt: new Date() });
  await ask("bp", "Is my hypertension dangerous?", "My readings are 150/95 at home.", neurology.id);
  await ask("pcos", "Polycystic ovaries and weight", "Will losing weight help my cycle?", dermatology.id);
  for (let i = 1; i <= 5; i++) {
    await ask(`migraine${i}`, `Migraine question number ${i}`, "Throbbing headache with nausea.", neurology.id, {
      ...(i === 2 && { status: "CLOSED" }),
      ...(i === 3 && { answerCount: 2 }),
    });
  }
  await ask("acne", "Migraine and acne at the same time", "Does one cause the other?", dermatology.id);
  await ask("hidden", "Migraine hidden by a moderator", "Spam.", neurology.id, { hiddenAt: new Date() });
  await ask("deleted", "Migraine deleted by its author", "Never mind.", neurology.id, { deletedAt: new Date() });
});

const search = (query: string, options: Partial<Parameters<typeof searchQuestions>[0]> = {}) =>
  searchQuestions({ viewer: null, query, ...options });
const plain = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

describe("searchQuestions", () => {
  it("finds a question by words only a doctor's answer used, with the answer as the snippet", async () => {
    const result = await search("plantar fasciitis");
    expect(result.items.map((item) => item.id)).toEqual([ids.heel]);
    const [hit] = result.items;
    expect(hit?.snippetSource).toBe("answer");
    expect(hit?.snippet.filter((s) => s.highlighted).map((s) => s.text.toLowerCase())).toEqual(
      expect.arrayContaining(["plantar", "fasciitis"]),
    );
    expect(plain(hit?.snippet ?? [])).toContain("Stretch the calf");
  });

  it("does not search hidden answers, hidden questions or deleted ones", async () => {
    expect((await search("gout rheumatologist")).total).toBe(0);
    const migraines = await search("migraine", { pageSize: 50 });
    expect(migraines.items.map((item) => item.id)).not.toEqual(expect.arrayContaining([ids.hidden]));
    expect(migraines.items.map((item) => item.id)).not.toContain(ids.deleted);
    expect(migraines.total).toBe(6);
  });

  it("widens the query with medical synonyms", async () => {
    expect((await search("high blood pressure")).items.map((item) => item.id)).toEqual([ids.bp]);
  });

  it("highlights the matched words of the title as plain segments", async () => {
    const [hit] = (await search("hypertension")).items;
    expect(hit?.title).toEqual([
      { text: "Is my ", highlighted: false },
      { text: "hypertension", highlighted: true },
      { text: " dangerous?", highlighted: false },
    ]);
    expect(hit).toMatchObject({ shownName: "Mark", shownCity: "Tartu", status: "OPEN", answerCount: 0 });
  });

  it("ranks a title match above a body-only match", async () => {
    await db().question.create({
      data: {
        authorId: (await db().user.findFirstOrThrow({ where: { role: "PATIENT" } })).id,
        specialtyId: neurology.id,
        title: "Tingling fingers",
        body: "Could this be related to my hypertension medication?",
        shownName: "Mark",
      },
    });
    const result = await search("hypertension");
    expect(result.items[0]?.id).toBe(ids.bp);
    expect(result.total).toBe(2);
  });

  it("filters by specialty and by status", async () => {
    const bySpecialty = await search("migraine", { specialtySlug: dermatology.slug });
    expect(bySpecialty.items.map((item) => item.id)).toEqual([ids.acne]);
    expect(bySpecialty.specialty).toEqual({ name: "Dermatologist", slug: dermatology.slug });
    expect((await search("migraine", { status: "closed" })).items.map((item) => item.id)).toEqual([ids.migraine2]);
    expect((await search("migraine", { status: "answered" })).items.map((item) => item.id)).toEqual([ids.migraine3]);
    expect((await search("migraine", { status: "open", pageSize: 50 })).total).toBe(5);
    expect((await search("migraine", { status: "unanswered", pageSize: 50 })).total).toBe(4);
    expect(await failureOf(search("migraine", { specialtySlug: "no-such-specialty" }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("paginates with a total and a page count", async () => {
    const first = await search("migraine", { pageSize: 4 });
    const second = await search("migraine", { pageSize: 4, page: 2 });
    expect(first).toMatchObject({ total: 6, page: 1, pageSize: 4, pageCount: 2 });
    expect(first.items).toHaveLength(4);
    expect(second.items).toHaveLength(2);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(6);
    const beyond = await search("migraine", { pageSize: 4, page: 5 });
    expect(beyond).toMatchObject({ items: [], total: 6, pageCount: 2, suggestions: null });
  });

  it("explains an empty result: a respelling, fewer words, no filters", async () => {
    const misspelt = await search("polysystic");
    expect(misspelt.total).toBe(0);
    expect(misspelt.suggestions).toEqual({ didYouMean: "polycystic", fewerWords: false, withoutFilters: false });
    expect((await search(misspelt.suggestions?.didYouMean ?? "")).items.map((item) => item.id)).toEqual([ids.pcos]);

    const wordy = await search("migraine with aura in pregnant teenagers", { status: "closed" });
    expect(wordy.suggestions).toMatchObject({ fewerWords: true, withoutFilters: true });
  });

  it("returns nothing, and no advice, for an empty query", async () => {
    expect(await search("   ")).toMatchObject({ items: [], total: 0, suggestions: null });
  });
});
