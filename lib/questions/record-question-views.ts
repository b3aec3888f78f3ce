import { createHash } from "node:crypto";
import { db } from "../db";
import { isRowId } from "../validation/row-id";

export type QuestionViewInput = {
  questionId: number;
  /** The viewer's user id, or an anonymous visitor's cookie value. Stored only as a SHA-256 digest. */
  viewerKey: string;
  now?: Date;
};

/** One view as stored: the viewer's digest and the UTC day it counts for. */
export type PendingQuestionView = { questionId: number; viewerDigest: string; day: string };

/** The row a view would add, or null for a question id that cannot exist. */
export function pendingViewOf({
  questionId,
  viewerKey,
  now = new Date(),
}: QuestionViewInput): PendingQuestionView | null {
  if (viewerKey.length === 0) throw new Error("pendingViewOf: viewerKey must not be empty");
  if (!isRowId(questionId)) return null;
  return {
    questionId,
    viewerDigest: createHash("sha256").update(viewerKey, "utf8").digest("hex"),
    day: now.toISOString().slice(0, 10),
  };
}

/**
 * Counts views once per viewer, question and UTC day, many at once in one statement: the QuestionView rows that are
 * new (ON CONFLICT DO NOTHING against the primary key) raise their question's viewCount by as many, so a reload,
 * two tabs, or the same view flushed twice never count twice. Unknown and deleted questions are not counted.
 * Returns how many views were new.
 */
export async function recordQuestionViews(views: PendingQuestionView[]): Promise<number> {
  if (views.length === 0) return 0;
  const counted = await db().$queryRaw<{ counted: number }[]>`
    WITH input AS (
      SELECT DISTINCT * FROM unnest(${views.map((v) => v.questionId)}::int[], ${views.map((v) => v.viewerDigest)}::text[],
        ${views.map((v) => v.day)}::date[]) AS t("questionId", "viewerKey", "day")
    ), inserted AS (
      INSERT INTO "QuestionView" ("questionId", "viewerKey", "day")
      SELECT i."questionId", i."viewerKey", i."day" FROM input i
        JOIN "Question" q ON q."id" = i."questionId" AND q."deletedAt" IS NULL
      ON CONFLICT DO NOTHING
      RETURNING "questionId"
    ), per_question AS (
      SELECT "questionId", count(*)::int AS n FROM inserted GROUP BY "questionId"
    ), updated AS (
      UPDATE "Question" q SET "viewCount" = q."viewCount" + p.n FROM per_question p WHERE q."id" = p."questionId"
      RETURNING p.n
    )
    SELECT coalesce(sum(n), 0)::int AS counted FROM updated`;
  return counted[0]?.counted ?? 0;
}
