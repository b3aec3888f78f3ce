// View counting: once per viewer per UTC day, decided by the database in one statement.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { recordQuestionView } from "../../lib/questions/record-question-view";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, createQuestion, createSpecialty } from "../support/thread-fixtures";

setupTestDatabase("question_views");

const day = (date: number, hour = 12) => new Date(Date.UTC(2026, 10, date, hour));
const viewCountOf = async (questionId: number) =>
  (await db().question.findUniqueOrThrow({ where: { id: questionId }, select: { viewCount: true } })).viewCount;

let authorId: string;
let specialtyId: number;

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  authorId = (await createPerson()).id;
});

describe("recordQuestionView", () => {
  it("counts a viewer once a day, again the next UTC day, and each viewer separately", async () => {
    const questionId = await createQuestion({ authorId, specialtyId });
    const view = (viewerKey: string, now: Date) => recordQuestionView({ questionId, viewerKey, now });

    expect(await view("user:anna", day(26, 9))).toEqual({ counted: true });
    expect(await view("user:anna", day(26, 23))).toEqual({ counted: false });
    expect(await view("visitor:7f3a", day(26, 23))).toEqual({ counted: true });
    // Midnight UTC starts the next day, whatever the server's own time zone.
    expect(await view("user:anna", day(27, 0))).toEqual({ counted: true });
    expect(await viewCountOf(questionId)).toBe(3);
    expect(await db().questionView.count({ where: { questionId } })).toBe(3);
  });

  it("stores only a digest of the viewer's key", async () => {
    const questionId = await createQuestion({ authorId, specialtyId });
    await recordQuestionView({ questionId, viewerKey: "visitor-cookie-secret", now: day(26) });
    const [row] = await db().questionView.findMany({ where: { questionId } });
    expect(row?.viewerKey).toBe(createHash("sha256").update("visitor-cookie-secret").digest("hex"));
    expect(row?.day).toEqual(new Date(Date.UTC(2026, 10, 26)));
  });

  it("counts one of many simultaneous views by the same viewer", async () => {
    const questionId = await createQuestion({ authorId, specialtyId });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => recordQuestionView({ questionId, viewerKey: "user:tabs", now: day(26) })),
    );
    expect(results.filter((result) => result.counted)).toHaveLength(1);
    expect(await viewCountOf(questionId)).toBe(1);
  });

  it("does not count views of missing or deleted questions", async () => {
    const deleted = await createQuestion({ authorId, specialtyId, extra: { deletedAt: day(1) } });
    for (const questionId of [deleted, 999_999, 0]) {
      expect(await recordQuestionView({ questionId, viewerKey: "user:anna", now: day(26) })).toEqual({
        counted: false,
      });
    }
    expect(await viewCountOf(deleted)).toBe(0);
    expect(await db().questionView.count({ where: { questionId: deleted } })).toBe(0);
  });
});
