// `npm run bench:question-page`: what reading one question thread costs, three ways, on the same rows in the same run
// (STYLE.md rule 9: figures only, no assertions). A thread of BENCH_ANSWERS answers (default 40) × 3 replies, with
// doctor profiles, specialties and reactions:
//   - prisma-query: Prisma's nested select as the page had it (relationLoadStrategy "query": one statement per level),
//     plus the seq aggregate it read first;
//   - prisma-join: the same nested select with the `relationJoins` preview (one LATERAL-join statement) plus the seq,
//     only when that client was generated (below), since the preview is not enabled in the app's schema;
//   - json-sql: readQuestionPage (lib/questions/read-question-page.ts), one statement with JSON aggregation that also
//     carries the answering locks and the viewer's participation.
// To include prisma-join, generate a client with the preview into a git-ignored folder first:
//   mkdir -p .data/rj && sed -e 's|  output       = "../lib/generated/prisma"|  output       = "'$PWD'/lib/generated/prisma-relation-joins"\n  previewFeatures = ["relationJoins"]|' \
//     prisma/schema.prisma > .data/rj/schema.prisma && PRISMA_SCHEMA_ENGINE_BINARY=/bin/false npx prisma generate --schema .data/rj/schema.prisma
// DATABASE_URL names the server to use (a database of its own is created and dropped); default: embedded Postgres.
import { existsSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { db } from "../lib/db";
import { databaseUrl } from "../lib/env";
import { questionPageQuery, readQuestionPage } from "../lib/questions/read-question-page";
import { addresseeSelect, attachmentSelect, messageSelect } from "../lib/questions/thread-message-view";
import { withIsolatedDatabase } from "./lib/isolated-database";

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 40);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const log = (line: string) => console.log(line);

const messageOrder = [{ createdAt: "asc" as const }, { id: "asc" as const }];
/** The page's select before read-question-page.ts (get-question-thread.ts until this change). */
const threadSelect = {
  id: true,
  authorId: true,
  title: true,
  body: true,
  shownName: true,
  status: true,
  hiddenAt: true,
  deletedAt: true,
  viewCount: true,
  createdAt: true,
  specialty: { select: { name: true, slug: true } },
  attachments: { ...attachmentSelect, where: { deletedAt: null, messageId: null } },
  messages: {
    where: { kind: "ANSWER" as const, deletedAt: null },
    orderBy: messageOrder,
    select: {
      ...messageSelect,
      reactions: { select: { kind: true, userId: true } },
      replies: {
        where: { kind: "REPLY" as const, deletedAt: null },
        orderBy: messageOrder,
        select: { ...messageSelect, addressee: addresseeSelect },
      },
    },
  },
};

async function seed(pool: pg.Pool): Promise<number> {
  await pool.query(`INSERT INTO "Specialty" ("slug", "name", "field", "sortOrder")
    SELECT 'specialty-' || i, 'Specialist ' || i, 'Field ' || i, i FROM generate_series(1, 4) i`);
  await pool.query(
    `INSERT INTO "User" ("id", "email", "passwordHash", "name", "role", "updatedAt")
    SELECT 'd' || i, 'd' || i || '@bench.test', '-', 'Doctor ' || i, 'DOCTOR', now() FROM generate_series(1, $1::int) i`,
    [ANSWERS],
  );
  await pool.query(`INSERT INTO "User" ("id", "email", "passwordHash", "name", "role", "updatedAt")
    VALUES ('asker', 'asker@bench.test', '-', 'Mark Tanner', 'PATIENT', now())`);
  await pool.query(
    `INSERT INTO "DoctorProfile" ("userId", "university", "yearsOfExperience", "verification", "updatedAt")
    SELECT 'd' || i, 'Riga Stradins University', 10, 'VERIFIED', now() FROM generate_series(1, $1::int) i`,
    [ANSWERS],
  );
  await pool.query(
    `INSERT INTO "DoctorSpecialty" ("doctorId", "specialtyId", "isPrimary")
    SELECT 'd' || i, s, s = 1 FROM generate_series(1, $1::int) i, generate_series(1, 2) s`,
    [ANSWERS],
  );
  const { rows } = await pool.query<{ id: number }>(`INSERT INTO "Question"
      ("authorId", "specialtyId", "title", "body", "shownName", "updatedAt")
    VALUES ('asker', 1, 'Numb left hand at night', 'For weeks now.', 'Mark', now()) RETURNING "id"`);
  const questionId = rows[0]?.id as number;
  await pool.query(
    `INSERT INTO "ThreadMessage" ("id", "questionId", "kind", "authorId", "body", "createdAt")
    SELECT 'a' || i, $1, 'ANSWER', 'd' || i, repeat('An answer. ', 40), now() - (1000 - i) * interval '1 minute'
    FROM generate_series(1, $2::int) i`,
    [questionId, ANSWERS],
  );
  await pool.query(
    `INSERT INTO "ThreadMessage"
      ("id", "questionId", "kind", "parentId", "authorId", "addresseeId", "body", "createdAt")
    SELECT 'r' || i || '-' || j, $1, 'REPLY', 'a' || i, CASE WHEN j = 2 THEN 'd' || i ELSE 'asker' END,
      CASE WHEN j = 2 THEN 'asker' ELSE 'd' || i END, 'A reply.', now() - (1000 - i) * interval '1 minute' + j * interval '1 second'
    FROM generate_series(1, $2::int) i, generate_series(1, 3) j`,
    [questionId, ANSWERS],
  );
  await pool.query(
    `INSERT INTO "MessageReaction" ("messageId", "userId", "kind")
    SELECT 'a' || i, 'asker', 'THANKS' FROM generate_series(1, $1::int, 2) i`,
    [ANSWERS],
  );
  await pool.query("ANALYZE");
  return questionId;
}

function statementCounter() {
  let count = 0;
  const original = pg.Client.prototype.query;
  // biome-ignore lint/suspicious/noExplicitAny: passes pg's many overloads through untouched.
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return {
    take: () => {
      const taken = count;
      count = 0;
      return taken;
    },
    stop: () => {
      pg.Client.prototype.query = original;
    },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

await withIsolatedDatabase("bench_question_page", log, async () => {
  const pool = new pg.Pool({ connectionString: databaseUrl() });
  const questionId = await seed(pool);
  await pool.end();

  const variants: [string, () => Promise<unknown>][] = [
    [
      "prisma-query",
      async () => {
        await db().threadMessage.aggregate({ where: { questionId }, _max: { seq: true } });
        return db().question.findUnique({ where: { id: questionId }, select: threadSelect });
      },
    ],
    ["json-sql", () => readQuestionPage({ questionId, viewerId: null })],
  ];
  const joinClientPath = new URL("../lib/generated/prisma-relation-joins/client.ts", import.meta.url);
  if (existsSync(joinClientPath)) {
    const { PrismaClient } = await import(joinClientPath.href);
    const joins = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }) });
    variants.push([
      "prisma-join",
      async () => {
        await joins.threadMessage.aggregate({ where: { questionId }, _max: { seq: true } });
        return joins.question.findUnique({
          where: { id: questionId },
          select: threadSelect,
          relationLoadStrategy: "join",
        });
      },
    ]);
  } else log("prisma-join skipped: no client generated with relationJoins (see the header of this script)");

  const counter = statementCounter();
  const times = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  const statements = new Map<string, number>();
  for (const [name, run] of variants) {
    for (let i = 0; i < 20; i++) await run();
    counter.take();
    await run();
    statements.set(name, counter.take());
  }
  // Interleaved, so a slow moment of the machine hits every variant alike.
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of variants) {
      const start = performance.now();
      await run();
      times.get(name)?.push(performance.now() - start);
    }
  }
  counter.stop();
  const query = questionPageQuery(questionId, null, new Date());
  const plan = await db().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ANALYZE ${query.text}`, ...query.values);
  log(
    `json-sql on the server: ${plan
      .filter((row) => /Execution Time|Planning Time/.test(row["QUERY PLAN"]) || process.env.BENCH_PLAN)
      .map((row) => row["QUERY PLAN"])
      .join(", ")}`,
  );
  log(`thread of ${ANSWERS} answers × 3 replies, ${RUNS} runs each`);
  const baseline =
    percentile(
      [...(times.get("prisma-query") ?? [])].sort((a, b) => a - b),
      0.5,
    ) ?? 1;
  for (const [name] of variants) {
    const sorted = [...(times.get(name) ?? [])].sort((a, b) => a - b);
    const p50 = percentile(sorted, 0.5) ?? 0;
    const p95 = percentile(sorted, 0.95) ?? 0;
    log(
      `${name.padEnd(13)} statements ${String(statements.get(name)).padStart(2)}  p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  (${(p50 / baseline).toFixed(2)}× prisma-query)`,
    );
  }
});
