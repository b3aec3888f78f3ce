import { createHash } from "node:crypto";
import { db } from "../db";

export type RecordQuestionViewOptions = {
  questionId: number;
  /** The viewer's user id, or an anonymous visitor's cookie value. Stored only as a SHA-256 digest. */
  viewerKey: string;
  now?: Date;
};

export type RecordedView = { counted: boolean };

const MAX_INT4 = 2_147_483_647;

/**
 * Counts a view once per viewer and UTC day. One statement inserts the QuestionView row and raises
 * Question.viewCount only when that insert happened, so a reload, or two tabs opening at once, never
 * count twice. Unknown and deleted questions are simply not counted.
 */
export async function recordQuestionView({
  questionId,
  viewerKey,
  now = new Date(),
}: RecordQuestionViewOptions): Promise<RecordedView> {
  if (viewerKey.length === 0) throw new Error("recordQuestionView: viewerKey must not be empty");
  if (!Number.isSafeInteger(questionId) || questionId < 1 || questionId > MAX_INT4) return { counted: false };
  const digest = createHash("sha256").update(viewerKey, "utf8").digest("hex");
  const day = now.toISOString().slice(0, 10);

  const updated = await db().$executeRaw`
    WITH inserted AS (
      INSERT INTO "QuestionView" ("questionId", "viewerKey", "day")
      SELECT id, ${digest}, ${day}::date FROM "Question" WHERE id = ${questionId} AND "deletedAt" IS NULL
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    UPDATE "Question" SET "viewCount" = "viewCount" + 1
     WHERE id = ${questionId} AND EXISTS (SELECT 1 FROM inserted)`;
  return { counted: updated === 1 };
}
