// "Similar questions on the topic" under a question: one indexed read of the list the background job keeps
// (embed-pending-questions.ts), joined to the questions still visible.
import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { isRowId } from "../validation/row-id";
import { type SimilarQuestionItem, type SimilarQuestionRow, similarQuestionItemOf } from "./similar-question-item";
import { suggestSimilarQuestions } from "./suggest-similar-questions";

export type FindRelatedQuestionsOptions = {
  /** Lists are the same for everyone: only visible questions are ever listed. */
  viewer: Viewer;
  questionId: number;
  /** 1…50; the page shows 6. */
  limit?: number;
  /** The question as the caller already read it: spares the fallback its own read (the question page passes it). */
  subject?: { title: string; body: string; embedded: boolean };
};

const MAX_LIMIT = 50;

/**
 * Up to `limit` visible questions most similar to this one, best first; among equally similar ones (the same score
 * to two decimals) those a doctor answered come first. Never the question itself, never a hidden or deleted one.
 * A question the job has not embedded yet (asked seconds ago) gets the ask page's word-based suggestions instead.
 */
export async function findRelatedQuestions({
  viewer,
  questionId,
  limit = 6,
  subject,
}: FindRelatedQuestionsOptions): Promise<SimilarQuestionItem[]> {
  const take = Math.min(Math.max(Math.trunc(limit) || 1, 1), MAX_LIMIT);
  if (!isRowId(questionId)) return [];

  const rows = await db().$queryRaw<SimilarQuestionRow[]>(relatedQuestionsQuery(questionId, take));
  if (rows.length > 0) return rows.map(similarQuestionItemOf);

  const question =
    subject ??
    (await db()
      .question.findUnique({
        where: { id: questionId },
        select: { title: true, body: true, embedding: { select: { questionId: true } } },
      })
      .then((row) => row && { title: row.title, body: row.body, embedded: row.embedding !== null }));
  // Embedded but alone (or all its neighbours hidden): there is nothing similar to show.
  if (!question || question.embedded) return [];
  return suggestSimilarQuestions({
    viewer,
    title: question.title,
    body: question.body,
    limit: take,
    excludeQuestionId: questionId,
  });
}

/** The page's query, also run bare through pg by the benchmark (scripts/bench-related.ts). */
export function relatedQuestionsQuery(questionId: number, take: number): Prisma.Sql {
  return Prisma.sql`
    SELECT q."id", q."title", q."answerCount", q."createdAt", q."shownName", q."shownCity", q."status",
      s."name" AS "specialtyName", s."slug" AS "specialtySlug", r."score"
    FROM "RelatedQuestion" r
    JOIN "Question" q ON q."id" = r."relatedId"
    JOIN "Specialty" s ON s."id" = q."specialtyId"
    WHERE r."questionId" = ${questionId} AND r."relatedId" <> ${questionId}
      AND q."hiddenAt" IS NULL AND q."deletedAt" IS NULL
    ORDER BY round(r."score"::numeric, 2) DESC, (q."answerCount" > 0) DESC, r."score" DESC, q."id" DESC
    LIMIT ${take}`;
}
