// Browsing: the latest or the unanswered questions, of every specialty or one, page by page.
import { beforeAll, describe, expect, it } from "vitest";
import { listQuestions } from "../../lib/questions/list-questions";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, createQuestion, createSpecialty } from "../support/thread-fixtures";

setupTestDatabase("question_browse");

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 12));

beforeAll(async () => {
  const neurology = await createSpecialty("Neurologist");
  const cardiology = await createSpecialty("Cardiologist");
  const { id: authorId } = await createPerson();
  const question = (day: number, title: string, specialtyId: number, extra = {}) =>
    createQuestion({ authorId, specialtyId, title, createdAt: at(day), extra });

  await question(1, "Neuro answered", neurology.id, { answerCount: 2 });
  await question(2, "Neuro unanswered", neurology.id);
  await question(3, "Neuro closed without answers", neurology.id, { status: "CLOSED" });
  await question(4, "Neuro hidden", neurology.id, { hiddenAt: at(5) });
  await question(5, "Cardio unanswered", cardiology.id);
  await question(6, "Cardio answered", cardiology.id, { answerCount: 1 });
  await question(7, "Cardio deleted", cardiology.id, { deletedAt: at(8) });
});

const titles = async (options: Parameters<typeof listQuestions>[0]) =>
  (await listQuestions(options)).items.map((item) => item.title);

describe("listQuestions filters", () => {
  it("shows every visible question by default, newest first, unfiltered", async () => {
    const list = await listQuestions({ viewer: null });
    expect(list.items.map((item) => item.title)).toEqual([
      "Cardio answered",
      "Cardio unanswered",
      "Neuro closed without answers",
      "Neuro unanswered",
      "Neuro answered",
    ]);
    expect(list.specialty).toBeNull();
  });

  it("shows open questions without answers under 'unanswered'", async () => {
    expect(await titles({ viewer: null, show: "unanswered" })).toEqual(["Cardio unanswered", "Neuro unanswered"]);
  });

  it("filters by specialty and names it", async () => {
    const list = await listQuestions({ viewer: null, specialtySlug: "neurologist" });
    expect(list.items.map((item) => item.title)).toEqual([
      "Neuro closed without answers",
      "Neuro unanswered",
      "Neuro answered",
    ]);
    expect(list.specialty).toEqual({ name: "Neurologist", slug: "neurologist" });
    expect(list.total).toBe(3);
    expect(await titles({ viewer: null, specialtySlug: "cardiologist", show: "unanswered" })).toEqual([
      "Cardio unanswered",
    ]);
  });

  it("pages through a filtered list", async () => {
    const second = await listQuestions({ viewer: null, specialtySlug: "neurologist", page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2, pageCount: 2 });
    expect(second.items.map((item) => item.title)).toEqual(["Neuro answered"]);
  });

  it("answers an unknown specialty as not found", async () => {
    expect((await failureOf(listQuestions({ viewer: null, specialtySlug: "astrologer" }))).code).toBe("NOT_FOUND");
  });
});
