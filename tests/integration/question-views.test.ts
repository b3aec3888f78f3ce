// View counting: the page's beacon (POST /api/questions/<id>/views) queues a view; the buffer writes queued views in
// one statement; the database counts each viewer once per question and UTC day.
import { createHash } from "node:crypto";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postView } from "../../app/api/questions/[id]/views/route";
import { VISITOR_COOKIE } from "../../lib/auth/visitor";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import { countQuestionView, flushQuestionViews } from "../../lib/questions/count-question-view";
import { pendingViewOf, recordQuestionViews } from "../../lib/questions/record-question-views";
import { recordStatements } from "../support/count-statements";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, createQuestion, createSpecialty } from "../support/thread-fixtures";

setupTestDatabase("question_views");

const day = (date: number, hour = 12) => new Date(Date.UTC(2026, 10, date, hour));
const viewCountOf = async (questionId: number) =>
  (await db().question.findUniqueOrThrow({ where: { id: questionId }, select: { viewCount: true } })).viewCount;
const record = (questionId: number, viewerKey: string, now: Date) => {
  const view = pendingViewOf({ questionId, viewerKey, now });
  return recordQuestionViews(view ? [view] : []);
};

let authorId: string;
let specialtyId: number;

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  authorId = (await createPerson()).id;
});

describe("recordQuestionViews", () => {
  it("counts a viewer once a day, again the next UTC day, and each viewer separately", async () => {
    const questionId = await createQuestion({ authorId, specialtyId });
    expect(await record(questionId, "user:anna", day(26, 9))).toBe(1);
    expect(await record(questionId, "user:anna", day(26, 23))).toBe(0);
    expect(await record(questionId, "visitor:7f3a", day(26, 23))).toBe(1);
    // Midnight UTC starts the next day, whatever the server's own time zone.
    expect(await record(questionId, "user:anna", day(27, 0))).toBe(1);
    expect(await viewCountOf(questionId)).toBe(3);
    expect(await db().questionView.count({ where: { questionId } })).toBe(3);
  });

  it("stores only a digest of the viewer's key", async () => {
    const questionId = await createQuestion({ authorId, specialtyId });
    await record(questionId, "visitor-cookie-secret", day(26));
    const [row] = await db().questionView.findMany({ where: { questionId } });
    expect(row?.viewerKey).toBe(createHash("sha256").update("visitor-cookie-secret").digest("hex"));
    expect(row?.day).toEqual(new Date(Date.UTC(2026, 10, 26)));
  });

  it("writes a batch of many questions and viewers in one statement, counting duplicates once", async () => {
    const first = await createQuestion({ authorId, specialtyId });
    const second = await createQuestion({ authorId, specialtyId });
    const views = [
      ...Array.from({ length: 30 }, (_, i) => ({ questionId: first, viewerKey: `visitor:${i}`, now: day(26) })),
      ...Array.from({ length: 5 }, (_, i) => ({ questionId: second, viewerKey: `visitor:${i}`, now: day(26) })),
      { questionId: second, viewerKey: "visitor:0", now: day(26, 20) },
    ]
      .map((view) => pendingViewOf(view))
      .filter((view) => view !== null);
    const log = recordStatements();
    try {
      expect(await recordQuestionViews(views)).toBe(35);
    } finally {
      log.stop();
    }
    expect(log.statements).toHaveLength(1);
    expect(await viewCountOf(first)).toBe(30);
    expect(await viewCountOf(second)).toBe(5);
    // The same batch again (a retried flush) counts nothing.
    expect(await recordQuestionViews(views)).toBe(0);
    expect(await viewCountOf(first)).toBe(30);
  });

  it("counts one of many simultaneous views by the same viewer", async () => {
    const questionId = await createQuestion({ authorId, specialtyId });
    const results = await Promise.all(Array.from({ length: 8 }, () => record(questionId, "user:tabs", day(26))));
    expect(results.reduce((sum, counted) => sum + counted, 0)).toBe(1);
    expect(await viewCountOf(questionId)).toBe(1);
  });

  it("does not count views of missing or deleted questions", async () => {
    const deleted = await createQuestion({ authorId, specialtyId, extra: { deletedAt: day(1) } });
    for (const questionId of [deleted, 999_999]) expect(await record(questionId, "user:anna", day(26))).toBe(0);
    expect(pendingViewOf({ questionId: 0, viewerKey: "user:anna" })).toBeNull();
    expect(await viewCountOf(deleted)).toBe(0);
    expect(await db().questionView.count({ where: { questionId: deleted } })).toBe(0);
  });
});

const beacon = (questionId: number | string, cookie?: string) =>
  postView(
    new Request(`http://localhost/api/questions/${questionId}/views`, {
      method: "POST",
      headers: cookie ? { cookie } : {},
    }),
    { params: Promise.resolve({ id: String(questionId) }) },
  );

const visitorCookieOf = (response: Response) => {
  const value = response.headers.get("set-cookie")?.match(new RegExp(`${VISITOR_COOKIE}=([^;]+)`))?.[1];
  if (!value) throw new Error("no visitor cookie was set");
  return `${VISITOR_COOKIE}=${value}`;
};

describe("the view beacon", () => {
  it("gives a new visitor an id, and counts a visitor once however often they reload", async () => {
    const questionId = await createQuestion({ authorId, specialtyId });
    const first = await beacon(questionId);
    expect(first.status).toBe(204);
    const cookie = visitorCookieOf(first);
    expect(first.headers.get("set-cookie")).toMatch(/HttpOnly/i);

    // Reloads: the same cookie, no new one.
    for (let reload = 0; reload < 5; reload++) {
      const again = await beacon(questionId, cookie);
      expect(again.headers.get("set-cookie")).toBeNull();
    }
    // Queued, not written yet: the write is the buffer's, not the request's.
    expect(await viewCountOf(questionId)).toBe(0);
    await flushQuestionViews();
    expect(await viewCountOf(questionId)).toBe(1);

    // Later reloads the same day, flushed in a later batch, still do not count.
    await beacon(questionId, cookie);
    await flushQuestionViews();
    expect(await viewCountOf(questionId)).toBe(1);
  });

  it("counts a signed-in reader by account, in any browser, and sets them no visitor cookie", async () => {
    const questionId = await createQuestion({ authorId, specialtyId });
    const reader = await createPerson({ name: "Lena Park" });
    const token = await encode({ token: { uid: reader.id, role: "PATIENT" }, secret: env().NEXTAUTH_SECRET });
    const session = `next-auth.session-token=${token}`;
    const onPhone = await beacon(questionId, session);
    expect(onPhone.headers.get("set-cookie")).toBeNull();
    await beacon(questionId, `${session}; ${VISITOR_COOKIE}=00000000-0000-4000-8000-000000000000`);
    // Another visitor's view, in the same batch.
    await beacon(questionId);
    await flushQuestionViews();
    expect(await viewCountOf(questionId)).toBe(2);
  });

  it("a wave of readers is one write per flush, not one per view", async () => {
    const questionId = await createQuestion({ authorId, specialtyId });
    const log = recordStatements();
    try {
      await Promise.all(Array.from({ length: 40 }, () => beacon(questionId)));
      expect(log.statements).toEqual([]);
      await flushQuestionViews();
    } finally {
      log.stop();
    }
    expect(log.statements).toHaveLength(1);
    expect(await viewCountOf(questionId)).toBe(40);
  });

  it("answers 404 to a malformed id and ignores an impossible one", async () => {
    expect((await beacon("abc")).status).toBe(404);
    countQuestionView({ questionId: 3_000_000_000, viewerKey: "user:anna" });
    expect(await flushQuestionViews()).toBe(0);
  });
});
