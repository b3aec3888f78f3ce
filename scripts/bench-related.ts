// `npm run bench:related`: speed of "Similar questions on the topic", search and the ask page's suggestions at
// 100,000 questions. Prints figures only (STYLE.md rule 9): p50/p99 of each use-case next to the same SQL run bare
// through pg in the same run, EXPLAIN ANALYZE of each query, and what the background job costs at that size.
// Set BENCH_QUESTIONS for another size; DATABASE_URL for another server (default: embedded Postgres).
import pg from "pg";
import { embedPendingQuestions } from "../lib/search/embed-pending-questions";
import { findRelatedQuestions, relatedQuestionsQuery } from "../lib/search/find-related-questions";
import { searchQuestions } from "../lib/search/search-questions";
import {
  filterSql,
  type SearchStatus,
  searchAlternativesQuery,
  searchQuestionsQuery,
} from "../lib/search/search-questions-sql";
import { suggestSimilarQuery, suggestSimilarQuestions } from "../lib/search/suggest-similar-questions";
import { seededRandom } from "../prisma/seed/random";
import { withIsolatedDatabase } from "./lib/isolated-database";
import { storePseudoRelatedLists, storeRandomEmbeddings } from "./lib/random-embeddings";
import { textGenerator } from "./lib/synthetic-questions";

const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 100_000);
/** Questions left for the real model and the real job at the end; the rest get random unit vectors. */
const EMBEDDED_BY_JOB = 320;
const RUNS = { related: 2000, search: 1000, suggest: 1000 };
const CHUNK = 5000;

const random = seededRandom(20261126);
const text = textGenerator(random);
const log = (line: string) => console.log(line);
const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

export async function seed(pool: pg.Pool): Promise<void> {
  let start = performance.now();
  await pool.query(`INSERT INTO "Specialty" ("slug", "name", "field", "sortOrder")
    SELECT 'specialty-' || i, 'Specialist ' || i, 'Field ' || i, i FROM generate_series(1, 12) i`);
  await pool.query(`INSERT INTO "User" ("id", "email", "passwordHash", "name", "role", "updatedAt")
    SELECT 'u' || i, 'u' || i || '@bench.test', '-', 'User ' || i,
      (CASE WHEN i <= 100 THEN 'DOCTOR' ELSE 'PATIENT' END)::"Role", now()
    FROM generate_series(1, 2100) i`);
  let messageNumber = 0;
  for (let from = 0; from < QUESTIONS; from += CHUNK) {
    const n = Math.min(CHUNK, QUESTIONS - from);
    const rows = Array.from({ length: n }, (_, i) => {
      const roll = random();
      const answers = roll < 0.45 ? 0 : 1 + Math.floor(random() * 3);
      return {
        title: text.title(),
        body: text.body(),
        specialtyId: 1 + Math.floor(random() * 12),
        authorId: `u${101 + Math.floor(random() * 2000)}`,
        createdAt: new Date(Date.UTC(2023, 0, 1) + (from + i) * 900_000),
        status: random() < 0.1 ? "CLOSED" : "OPEN",
        answers,
        hidden: random() < 0.01,
        deleted: random() < 0.005,
      };
    });
    const { rows: inserted } = await pool.query<{ id: number }>(
      `INSERT INTO "Question" ("authorId", "specialtyId", "title", "body", "shownName", "shownCity", "status",
        "answerCount", "hiddenAt", "deletedAt", "createdAt", "lastActivityAt", "updatedAt")
      SELECT a, s, t, b, 'Anna', 'Riga', st::"QuestionStatus", c, CASE WHEN h THEN now() END,
        CASE WHEN d THEN now() END, at, at, at
      FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::bool[], $8::bool[],
        $9::timestamp[]) AS x(a, s, t, b, st, c, h, d, at)
      RETURNING "id"`,
      [
        rows.map((r) => r.authorId),
        rows.map((r) => r.specialtyId),
        rows.map((r) => r.title),
        rows.map((r) => r.body),
        rows.map((r) => r.status),
        rows.map((r) => r.answers),
        rows.map((r) => r.hidden),
        rows.map((r) => r.deleted),
        rows.map((r) => r.createdAt),
      ],
    );
    // One answer per doctor per question (a unique index): distinct doctors for each question.
    const messages = inserted.flatMap(({ id }, i) =>
      Array.from({ length: rows[i]?.answers ?? 0 }, (_, k) => ({
        id: `m${++messageNumber}`,
        questionId: id,
        authorId: `u${1 + ((id + k * 37) % 100)}`,
        body: text.answer(),
      })),
    );
    await pool.query(
      `INSERT INTO "ThreadMessage" ("id", "questionId", "kind", "authorId", "body")
      SELECT i, q, 'ANSWER', a, b FROM unnest($1::text[], $2::int[], $3::text[], $4::text[]) AS x(i, q, a, b)`,
      [
        messages.map((m) => m.id),
        messages.map((m) => m.questionId),
        messages.map((m) => m.authorId),
        messages.map((m) => m.body),
      ],
    );
  }
  log(`seeded ${QUESTIONS} questions and ${messageNumber} answers in ${seconds(start)}`);

  start = performance.now();
  const last = QUESTIONS - EMBEDDED_BY_JOB;
  await storeRandomEmbeddings(pool, 1, last, random);
  await storePseudoRelatedLists(pool, QUESTIONS);
  await pool.query("VACUUM ANALYZE");
  log(`stored ${last} random vectors and their related lists, vacuumed and analysed in ${seconds(start)}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs the use-case and the bare SQL alternately, so both see the same cache; returns p50/p99 lines. */
async function measure(
  name: string,
  runs: number,
  viaUseCase: (i: number) => Promise<unknown>,
  viaPg: (i: number) => Promise<unknown>,
) {
  for (let i = 0; i < 50; i++) await Promise.all([viaUseCase(i), viaPg(i)]);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await viaUseCase(i);
    a.push(performance.now() - t);
    t = performance.now();
    await viaPg(i);
    b.push(performance.now() - t);
  }
  a.sort((x, y) => x - y);
  b.sort((x, y) => x - y);
  const f = (ms: number) => `${ms.toFixed(2).padStart(7)} ms`;
  log(
    `${name.padEnd(18)} use-case p50 ${f(percentile(a, 50))}  p99 ${f(percentile(a, 99))}   ` +
      `bare pg p50 ${f(percentile(b, 50))}  p99 ${f(percentile(b, 99))}   ` +
      `ratio p50 ${(percentile(a, 50) / percentile(b, 50)).toFixed(2)}  p99 ${(percentile(a, 99) / percentile(b, 99)).toFixed(2)}`,
  );
}

async function explain(pool: pg.Pool, name: string, sql: { text: string; values: unknown[] }) {
  const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${sql.text}`, sql.values);
  const lines = rows.map((row) => row["QUERY PLAN"]);
  const scans = lines.filter((line) => /Scan|Execution Time/.test(line)).map((line) => `    ${line.trim()}`);
  log(`EXPLAIN ANALYZE ${name}:\n${scans.join("\n")}`);
}

async function main() {
  log(`bench:related — ${QUESTIONS} questions, ${new Date().toISOString().slice(0, 10)}`);
  await withIsolatedDatabase("bench", log, async ({ url }) => {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    try {
      await seed(pool);

      let start = performance.now();
      let embedded = 0;
      let firstRun = "";
      while (true) {
        const run = await embedPendingQuestions();
        if (!firstRun) firstRun = seconds(start);
        if (run.embedded.length === 0) break;
        embedded += run.embedded.length;
      }
      log(
        `background job: ${embedded} new questions embedded by the model and their related lists computed against ` +
          `${QUESTIONS - EMBEDDED_BY_JOB} others in ${seconds(start)} (first run, loading the corpus: ${firstRun})`,
      );

      const { rows: idRows } = await pool.query<{ id: number }>(
        `SELECT "id" FROM "Question" WHERE "hiddenAt" IS NULL AND "deletedAt" IS NULL ORDER BY random() LIMIT $1`,
        [RUNS.related],
      );
      const ids = idRows.map((row) => row.id);
      const queries = Array.from({ length: RUNS.search }, () => text.searchQuery());
      const statuses: (SearchStatus | undefined)[] = Array.from({ length: RUNS.search }, () =>
        random() < 0.25 ? (["open", "answered", "unanswered"] as const)[Math.floor(random() * 3)] : undefined,
      );
      const drafts = Array.from({ length: RUNS.suggest }, () => ({ title: text.title(), body: text.body() }));
      const id = (i: number) => ids[i % ids.length] as number;

      start = performance.now();
      await measure(
        "related (page)",
        RUNS.related,
        (i) => findRelatedQuestions({ viewer: null, questionId: id(i), limit: 6 }),
        (i) => pool.query(relatedQuestionsQuery(id(i), 6).text, relatedQuestionsQuery(id(i), 6).values),
      );
      // Search is two statements: the query text becomes tsqueries, which the second one uses as constants.
      const alternativesOf = async (query: string) => {
        const sql = searchAlternativesQuery(query);
        return (await pool.query<{ alternatives: string[] }>(sql.text, sql.values)).rows[0]?.alternatives ?? [];
      };
      const searchSql = async (query: string, status?: SearchStatus) =>
        searchQuestionsQuery(await alternativesOf(query), filterSql(undefined, status), 0, 20);
      await measure(
        "search (page 1)",
        RUNS.search,
        (i) => searchQuestions({ viewer: null, query: queries[i] as string, status: statuses[i], pageSize: 20 }),
        async (i) => {
          const sql = await searchSql(queries[i] as string, statuses[i]);
          return pool.query(sql.text, sql.values);
        },
      );
      const suggestSql = (i: number) => suggestSimilarQuery({ viewer: null, ...(drafts[i] as { title: string }) });
      await measure(
        "suggest (ask page)",
        RUNS.suggest,
        (i) => suggestSimilarQuestions({ viewer: null, ...(drafts[i] as { title: string; body: string }) }),
        (i) => pool.query(suggestSql(i)?.text ?? "SELECT 1", suggestSql(i)?.values ?? []),
      );
      log(`measured in ${seconds(start)}`);

      await explain(pool, "related", relatedQuestionsQuery(id(0), 6));
      await explain(pool, `search "${queries[0]}"`, await searchSql(queries[0] as string, statuses[0]));
      await explain(pool, 'search "headache" (a common word)', await searchSql("headache"));
      const suggest = suggestSimilarQuery({ viewer: null, title: "Back pain at night for a week" });
      if (suggest) await explain(pool, 'suggest "Back pain at night for a week"', suggest);
    } finally {
      await pool.end();
    }
  });
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
