// The search page's SQL (searchQuestions), built here and also run bare through pg by the benchmark
// (scripts/bench-related.ts), so both run the same statements.
import { Prisma } from "../generated/prisma/client";
import {
  MESSAGE_DOCUMENT,
  MESSAGE_VISIBLE,
  QUESTION_DOCUMENT,
  QUESTION_VISIBLE,
  queryAlternatives,
  TITLE_DOCUMENT,
} from "./search-sql";

export type SearchStatus = "open" | "closed" | "answered" | "unanswered";

// Ranking in two stages, because ranking recomputes each match's tsvector from its text (the indexes are on
// expressions; a stored tsvector column would be a column the Prisma schema cannot declare). The newest RANK_POOL
// matches are the pool (a common word matches tens of thousands: they are counted as "2,000 or more"); a cheap rank —
// the title's words (a title is short), whether the question itself matched, whether an answer did — picks
// FINE_RANKED, which are ranked on the whole question and its answers. Further pages follow in the cheap order.
// Questions found only through an answer come from the newest ANSWER_HITS questions with a matching answer, checked
// for visibility and filters after that cut: with a filter, older answer-only matches may be missed.
export const RANK_POOL = 2000;
const ANSWER_HITS = 4000;
const FINE_RANKED = 100;
const QUESTION_MATCH = 0.2;
const ANSWER_MATCH = 0.1;
/** How much an answer's match counts next to the question's own (title A = 1.0, body B = 0.4). */
const ANSWER_WEIGHT = 0.5;

const HEADLINE_OPTIONS = Prisma.sql`'StartSel=' || chr(2) || ', StopSel=' || chr(3) ||
  ', MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'`;
const strip = (column: Prisma.Sql) => Prisma.sql`translate(${column}, chr(2) || chr(3), '')`;

function statusFilter(status: SearchStatus | undefined): Prisma.Sql {
  switch (status) {
    case "open":
      return Prisma.sql`AND q."status" = 'OPEN'`;
    case "closed":
      return Prisma.sql`AND q."status" = 'CLOSED'`;
    case "answered":
      return Prisma.sql`AND q."answerCount" > 0`;
    case "unanswered":
      return Prisma.sql`AND q."answerCount" = 0 AND q."status" = 'OPEN'`;
    default:
      return Prisma.empty;
  }
}

/** The page's query, also run bare through pg by the benchmark (scripts/bench-related.ts). */
export function searchQuestionsQuery(
  alternatives: readonly string[],
  filters: Prisma.Sql,
  offset: number,
  size: number,
): Prisma.Sql {
  // Constants, not a CTE, so the planner sees how many rows each index scan returns. Rows are found with one index
  // condition per alternative (a BitmapOr): GIN skips through an AND of words from its rarest word, which it cannot do
  // inside one big OR ("low" & "iron" | "anemia" would read every question with "low"). Ranked with all of them.
  const tsq = Prisma.sql`${alternatives.map((alternative) => `(${alternative})`).join(" | ")}::tsquery`;
  const matching = (document: Prisma.Sql) =>
    alternatives.length === 0
      ? Prisma.sql`false`
      : Prisma.sql`(${Prisma.join(
          alternatives.map((alternative) => Prisma.sql`${document} @@ ${alternative}::tsquery`),
          " OR ",
        )})`;
  return Prisma.sql`
    WITH question_hits AS (
      SELECT q."id" FROM "Question" q WHERE ${matching(QUESTION_DOCUMENT)} AND ${QUESTION_VISIBLE} ${filters}
      ORDER BY q."id" DESC LIMIT ${RANK_POOL}
    ),
    answer_hits AS (
      SELECT m."questionId" AS "id" FROM "ThreadMessage" m WHERE ${matching(MESSAGE_DOCUMENT)} AND ${MESSAGE_VISIBLE}
      GROUP BY m."questionId" ORDER BY m."questionId" DESC LIMIT ${ANSWER_HITS}
    ),
    -- Lookups by primary key for a few thousand rows: LATERAL … OFFSET 0 keeps the planner, which cannot know how many
    -- rows a tsquery matches, from hashing or merging the whole Question table instead.
    answer_questions AS (
      SELECT q."id" FROM answer_hits a
      CROSS JOIN LATERAL (
        SELECT q."id" FROM "Question" q WHERE q."id" = a."id" AND ${QUESTION_VISIBLE} ${filters} OFFSET 0
      ) q
    ),
    pool AS (
      SELECT "id" FROM question_hits UNION SELECT "id" FROM answer_questions ORDER BY "id" DESC LIMIT ${RANK_POOL}
    ),
    coarse AS (
      SELECT q."id", ts_rank(${TITLE_DOCUMENT}, ${tsq})
          + CASE WHEN q."id" IN (SELECT "id" FROM question_hits) THEN ${QUESTION_MATCH}::real ELSE 0 END
          + CASE WHEN q."id" IN (SELECT "id" FROM answer_hits) THEN ${ANSWER_MATCH}::real ELSE 0 END AS "rank"
      FROM pool CROSS JOIN LATERAL (SELECT q."id", q."title" FROM "Question" q WHERE q."id" = pool."id" OFFSET 0) q
    ),
    fine AS (
      SELECT c."id", c."rank" + ts_rank(${QUESTION_DOCUMENT}, ${tsq}) + ${ANSWER_WEIGHT}::real * coalesce((
          SELECT max(ts_rank(${MESSAGE_DOCUMENT}, ${tsq})) FROM "ThreadMessage" m
          WHERE m."questionId" = q."id" AND ${MESSAGE_DOCUMENT} @@ ${tsq} AND ${MESSAGE_VISIBLE}
        ), 0) AS "rank"
      FROM (SELECT * FROM coarse ORDER BY "rank" DESC, "id" DESC LIMIT ${FINE_RANKED}) c
      JOIN "Question" q ON q."id" = c."id" 
    ),
    ranked AS (
      SELECT "id", "rank", 1 AS "tier" FROM fine
      UNION ALL
      SELECT "id", "rank", 2 FROM coarse WHERE "id" NOT IN (SELECT "id" FROM fine)
    ),
    page AS (SELECT "id", "tier", "rank" FROM ranked ORDER BY "tier", "rank" DESC, "id" DESC OFFSET ${offset} LIMIT ${size})
    SELECT q."id", q."answerCount", q."createdAt", q."shownName", q."shownCity", q."status",
      s."name" AS "specialtyName", s."slug" AS "specialtySlug",
      (SELECT count(*)::int FROM pool) AS "total",
      ts_headline('english'::regconfig, ${strip(Prisma.sql`q."title"`)}, ${tsq}, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true') AS "titleMarked",
      CASE WHEN ${QUESTION_DOCUMENT} @@ ${tsq} OR best."body" IS NULL
        THEN ts_headline('english'::regconfig, ${strip(Prisma.sql`q."body"`)}, ${tsq}, ${HEADLINE_OPTIONS})
        ELSE ts_headline('english'::regconfig, ${strip(Prisma.sql`best."body"`)}, ${tsq}, ${HEADLINE_OPTIONS})
      END AS "snippetMarked",
      CASE WHEN ${QUESTION_DOCUMENT} @@ ${tsq} OR best."body" IS NULL THEN 'question' ELSE 'answer' END AS "snippetSource"
    FROM page JOIN "Question" q ON q."id" = page."id" JOIN "Specialty" s ON s."id" = q."specialtyId"
    LEFT JOIN LATERAL (
      SELECT m."body" FROM "ThreadMessage" m
      WHERE m."questionId" = q."id" AND ${MESSAGE_DOCUMENT} @@ ${tsq} AND ${MESSAGE_VISIBLE}
      ORDER BY ts_rank(${MESSAGE_DOCUMENT}, ${tsq}) DESC LIMIT 1
    ) best ON true
    ORDER BY page."tier", page."rank" DESC, page."id" DESC`;
}

/** Specialty and status conditions on `q`, appended to each WHERE that reads questions. */
export function filterSql(specialtyId: number | undefined, status: SearchStatus | undefined): Prisma.Sql {
  return Prisma.sql`${specialtyId === undefined ? Prisma.empty : Prisma.sql`AND q."specialtyId" = ${specialtyId}`} ${statusFilter(status)}`;
}

/**
 * The text's tsqueries: as typed (websearch syntax: "quoted phrase", -word, or), and with each medical phrase replaced
 * by each synonym (all words). Hyphens inside words split them ("x-ray" → x & ray): Postgres would make a phrase of
 * the compound, and phrases make the index recheck every row against text parsed again.
 */
export function searchAlternativesQuery(text: string): Prisma.Sql {
  const [typed = "", ...synonyms] = queryAlternatives(text).map((alternative) =>
    alternative.replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, "$1 "),
  );
  return Prisma.sql`SELECT coalesce(array_agg(DISTINCT q::text), '{}') AS "alternatives" FROM (
      SELECT websearch_to_tsquery('english'::regconfig, ${typed}) AS q
      UNION ALL
      SELECT plainto_tsquery('english'::regconfig, p) FROM unnest(${synonyms}::text[]) AS p
    ) alternatives WHERE numnode(q) > 0`;
}
