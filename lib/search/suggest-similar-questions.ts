// Questions like the one a patient is typing on the ask page, so they can read an answer instead of asking again.
// Words and medical synonyms through the full-text index, misspellings by trigram similarity of titles; no
// embedding model here: the web process never loads it (a page request must not wait ~130 ms for it, nor hold the
// corpus of vectors), and a draft changes with every keystroke.
import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { anyOf, expandedTerms, QUESTION_DOCUMENT, QUESTION_VISIBLE, TITLE_DOCUMENT } from "./search-sql";
import { type SimilarQuestionItem, type SimilarQuestionRow, similarQuestionItemOf } from "./similar-question-item";

export type SuggestSimilarQuestionsOptions = {
  viewer: Viewer;
  /** The title typed so far. */
  title: string;
  /** The start of the body, when there is one. */
  body?: string;
  /** 1…20. */
  limit?: number;
  /** A question not to suggest (the question itself, when this stands in for its related list). */
  excludeQuestionId?: number;
};

// Two stages, as in search-questions.ts: the newest RANK_POOL questions sharing a word of the title (or a synonym)
// are ranked cheaply on their titles (words and trigram similarity, which forgives "polysystic"), and the best
// FINE_RANKED of them on title and body.
const RANK_POOL = 2000;
const FINE_RANKED = 50;
const TITLE_CHARS = 200;
const BODY_CHARS = 1000;

/** Up to `limit` visible questions sharing the draft's words, synonyms or (misspelt) title, best first. */
export async function suggestSimilarQuestions(options: SuggestSimilarQuestionsOptions): Promise<SimilarQuestionItem[]> {
  const query = suggestSimilarQuery(options);
  if (!query) return [];
  const rows = await db().$queryRaw<SimilarQuestionRow[]>(query);
  return rows.map(similarQuestionItemOf);
}

/** The ask page's query, also run bare through pg by the benchmark (scripts/bench-related.ts). */
export function suggestSimilarQuery({
  title,
  body,
  limit = 5,
  excludeQuestionId = 0,
}: SuggestSimilarQuestionsOptions): Prisma.Sql | null {
  const typedTitle = title.trim().slice(0, TITLE_CHARS);
  const typedBody = (body ?? "").trim().slice(0, BODY_CHARS);
  const titleTerms = expandedTerms(typedTitle);
  if (titleTerms.length === 0) return null;
  const allTerms = [...new Set([...titleTerms, ...expandedTerms(typedBody)])];
  const take = Math.min(Math.max(Math.trunc(limit) || 1, 1), 20);

  const everyWord = anyOf(allTerms, "plainto_tsquery");
  return Prisma.sql`
    WITH pool AS (
      SELECT q."id" FROM "Question" q
      WHERE ${QUESTION_DOCUMENT} @@ ${anyOf(titleTerms, "plainto_tsquery")} AND ${QUESTION_VISIBLE}
      ORDER BY q."id" DESC LIMIT ${RANK_POOL}
    ), coarse AS (
      SELECT q."id", ts_rank(${TITLE_DOCUMENT}, ${everyWord}) + similarity(q."title", ${typedTitle}) AS "score"
      -- Primary-key lookups for the pool: LATERAL … OFFSET 0 keeps the planner from reading the whole table instead.
      FROM pool CROSS JOIN LATERAL (SELECT q."id", q."title" FROM "Question" q WHERE q."id" = pool."id" OFFSET 0) q
      WHERE q."id" <> ${excludeQuestionId}
    ), scored AS (
      SELECT q."id", ts_rank(${QUESTION_DOCUMENT}, ${everyWord}) + similarity(q."title", ${typedTitle}) AS "score"
      FROM (SELECT "id" FROM coarse ORDER BY "score" DESC, "id" DESC LIMIT ${FINE_RANKED}) c
      JOIN "Question" q ON q."id" = c."id"
    )
    SELECT q."id", q."title", q."answerCount", q."createdAt", q."shownName", q."shownCity", q."status",
      s."name" AS "specialtyName", s."slug" AS "specialtySlug", scored."score"
    FROM scored
    JOIN "Question" q ON q."id" = scored."id"
    JOIN "Specialty" s ON s."id" = q."specialtyId"
    ORDER BY round(scored."score"::numeric, 2) DESC, (q."answerCount" > 0) DESC, scored."score" DESC, q."id" DESC
    LIMIT ${take}`;
}
