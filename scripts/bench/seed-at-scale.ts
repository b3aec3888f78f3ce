// The benchmark's database: the demo seed (its story question #1 with ~25 messages, the known demo accounts, the
// article) plus the bulk at production-like size, inserted with batched multi-row INSERT … SELECT FROM unnest().
// The bulk keeps every rule of the schema: one answer per doctor per question, answerCount = visible answers,
// lastActivityAt = the last message, ThreadMessage.seq from its own sequence in commit order, replies under an
// answer of their own question, a paid consultation with its payment.
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { db, disconnectDb } from "../../lib/db";
import { applyMigrations } from "../../lib/db/migrate";
import { reloadEnv } from "../../lib/env";
import { seedDatabase } from "../../prisma/seed";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { seededRandom } from "../../prisma/seed/random";
import { storePseudoRelatedLists, storeRandomEmbeddings } from "../lib/random-embeddings";
import { textGenerator } from "../lib/synthetic-questions";
import { type Doctor, insertQuestionChunk, messageCounts, QUESTION_CHUNK } from "./seed-threads";

export type SeedSizes = {
  questions: number;
  messages: number;
  users: number;
  doctors: number;
  privateMessages: number;
};

export function seedSizes(questions: number): SeedSizes {
  const scale = questions / 100_000;
  return {
    questions,
    messages: Math.round(1_000_000 * scale),
    users: Math.round(20_000 * scale),
    doctors: Math.round(2_000 * scale),
    privateMessages: Math.round(50_000 * scale),
  };
}

const MESSAGES_PER_CONSULTATION = 10;

/** Migrates and fills the database at `url`; `dataDir` receives the demo seed's files. */
export async function seedAtScale(url: string, sizes: SeedSizes, dataDir: string, log: (line: string) => void) {
  const started = performance.now();
  await applyMigrations({ connectionString: url });
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  reloadEnv();
  try {
    await seedDatabase(db(), { dataDir });
  } finally {
    await disconnectDb();
    process.env.DATABASE_URL = previousUrl;
    reloadEnv();
  }
  log(`  demo seed (story question, demo accounts, article) in ${since(started)}`);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await bulk(pool, sizes, log);
  } finally {
    await pool.end();
  }
  log(`  seeded in ${since(started)} in all`);
}

const since = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const count = async (pool: pg.Pool, table: string) =>
  (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0]?.n ?? 0;

async function bulk(pool: pg.Pool, sizes: SeedSizes, log: (line: string) => void) {
  const random = seededRandom(20261203);
  const text = textGenerator(random);
  let start = performance.now();
  const [users = 0, doctors = 0, questions = 0, messages = 0] = await Promise.all(
    ["User", "DoctorProfile", "Question", "ThreadMessage"].map((table) => count(pool, table)),
  );
  const specialtyIds = (await pool.query<{ id: number }>(`SELECT "id" FROM "Specialty" ORDER BY "id"`)).rows.map(
    (row) => row.id,
  );
  const doctorCount = Math.max(10, sizes.doctors - doctors);
  const patientCount = Math.max(10, sizes.users - users - doctorCount);
  // Every bulk account can sign in with the demo password (one argon2 hash: it is deliberately slow).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await pool.query(
    `INSERT INTO "User" ("id", "email", "passwordHash", "name", "city", "role", "createdAt", "updatedAt")
    SELECT 'bd' || i, 'doctor-' || i || '@bench.test', $2, 'Dr. Bench ' || i, 'Vienna', 'DOCTOR',
      timestamp '2022-01-01' + i * interval '1 hour', now() FROM generate_series(1, $1::int) i`,
    [doctorCount, passwordHash],
  );
  await pool.query(
    `INSERT INTO "User" ("id", "email", "passwordHash", "name", "city", "role", "createdAt", "updatedAt")
    SELECT 'bp' || i, 'patient-' || i || '@bench.test', $2, 'Patient ' || i, 'Graz', 'PATIENT',
      timestamp '2022-06-01' + i * interval '10 minutes', now() FROM generate_series(1, $1::int) i`,
    [patientCount, passwordHash],
  );
  await pool.query(
    `INSERT INTO "DoctorProfile" ("userId", "university", "degree", "yearsOfExperience", "verification", "verifiedAt",
      "offersConsultations", "consultationPriceMinor", "bio", "createdAt", "updatedAt")
    SELECT 'bd' || i, 'Medical University of Vienna', 'medicine', 1 + i % 40, 'VERIFIED', now(), i % 3 = 0,
      CASE WHEN i % 3 = 0 THEN 3500 END, 'A doctor of the benchmark.', now(), now() FROM generate_series(1, $1::int) i`,
    [doctorCount],
  );
  await pool.query(
    `INSERT INTO "DoctorSpecialty" ("doctorId", "specialtyId", "isPrimary")
    SELECT 'bd' || i, ($2::int[])[1 + i % cardinality($2::int[])], true FROM generate_series(1, $1::int) i`,
    [doctorCount, specialtyIds],
  );
  log(`  ${doctorCount} doctors and ${patientCount} patients in ${since(start)}`);

  start = performance.now();
  const bulkQuestions = sizes.questions - questions;
  const counts = messageCounts(bulkQuestions, sizes.messages - messages, random);
  const { rows: doctorRows } = await pool.query<Doctor>(
    `SELECT s."doctorId" AS id, s."specialtyId" AS specialty FROM "DoctorSpecialty" s
    WHERE s."doctorId" LIKE 'bd%' AND s."isPrimary" ORDER BY s."doctorId"`,
  );
  const deferred = await dropSecondaryIndexes(pool, ["Question", "ThreadMessage"]);
  let written = 0;
  for (let from = 0; from < bulkQuestions; from += QUESTION_CHUNK) {
    const n = Math.min(QUESTION_CHUNK, bulkQuestions - from);
    written += await insertQuestionChunk(pool, { from, n, counts, random, text, doctors: doctorRows, patientCount });
    if ((from / QUESTION_CHUNK) % 10 === 9) log(`    ${from + n} questions…`);
  }
  log(`  ${bulkQuestions} questions with ${written} answers and replies in ${since(start)}`);
  start = performance.now();
  await recreateIndexes(pool, deferred);
  log(`  their ${deferred.length} secondary indexes rebuilt (unique ones checked again) in ${since(start)}`);

  start = performance.now();
  const consultations = Math.round(sizes.privateMessages / MESSAGES_PER_CONSULTATION);
  await insertConsultations(pool, consultations, doctorCount, patientCount);
  log(
    `  ${consultations} paid consultations with ${consultations * MESSAGES_PER_CONSULTATION} messages in ${since(start)}`,
  );

  start = performance.now();
  const maxId = (await pool.query<{ id: number }>(`SELECT max("id")::int AS id FROM "Question"`)).rows[0]?.id ?? 0;
  // Every question, the demo's too: with nothing pending the embedding job stays idle (no model load mid-run).
  const embeddingIndexes = await dropSecondaryIndexes(pool, ["QuestionEmbedding", "RelatedQuestion"]);
  await storeRandomEmbeddings(pool, 1, maxId, random);
  await storePseudoRelatedLists(pool, maxId);
  await recreateIndexes(pool, embeddingIndexes);
  log(`  random vectors and related lists for ${maxId} questions in ${since(start)}`);
  start = performance.now();
  await pool.query("VACUUM ANALYZE");
  log(`  VACUUM ANALYZE in ${since(start)}`);
}

async function insertConsultations(pool: pg.Pool, consultations: number, doctors: number, patients: number) {
  await pool.query(
    `INSERT INTO "Consultation" ("id", "patientId", "doctorId", "specialtyId", "subject", "state", "priceMinor",
      "currency", "answerDeadline", "paidAt", "firstAnsweredAt", "closedAt", "rating", "ratedAt", "createdAt", "updatedAt")
    SELECT 'bc' || i, 'bp' || (1 + (i * 7) % $3::int), 'bd' || d, s."specialtyId", 'Private question ' || i,
      (CASE WHEN i % 4 = 0 THEN 'ANSWERED' ELSE 'CLOSED' END)::"ConsultationState", 3500, 'EUR',
      t + interval '1 day', t, t + interval '2 hours', CASE WHEN i % 4 <> 0 THEN t + interval '3 days' END,
      CASE WHEN i % 4 <> 0 THEN 3 + i % 3 END, CASE WHEN i % 4 <> 0 THEN t + interval '3 days' END, t, t
    FROM generate_series(1, $1::int) i
    CROSS JOIN LATERAL (SELECT 1 + (i * 13) % $2::int AS d, timestamp '2024-01-01' + i * interval '1 hour' AS t) x
    JOIN "DoctorSpecialty" s ON s."doctorId" = 'bd' || x.d AND s."isPrimary"`,
    [consultations, doctors, patients],
  );
  await pool.query(
    `INSERT INTO "Payment" ("id", "consultationId", "provider", "externalId", "idempotencyKey", "amountMinor",
      "currency", "state", "createdAt", "updatedAt")
    SELECT 'bpay-' || c."id", c."id", 'sandbox', 'bench_' || c."id", 'bench-' || c."id", c."priceMinor", c."currency",
      'SUCCEEDED', c."paidAt", c."paidAt" FROM "Consultation" c WHERE c."id" LIKE 'bc%'`,
  );
  await pool.query(
    `INSERT INTO "ConsultationMessage" ("id", "consultationId", "authorId", "body", "readAt", "createdAt")
    SELECT c."id" || '-' || k, c."id", CASE WHEN k % 2 = 1 THEN c."patientId" ELSE c."doctorId" END,
      (ARRAY['Thank you, doctor. The pain is better in the morning but returns in the evening.',
        'Please keep the diary for another week and send me the results of the blood test.',
        'I have attached nothing yet; should I stop the tablets before the test?',
        'No, keep taking them as prescribed and tell the laboratory which medicines you take.'])[1 + k % 4],
      c."createdAt" + k * interval '30 minutes', c."createdAt" + k * interval '20 minutes'
    FROM "Consultation" c CROSS JOIN generate_series(1, $1::int) k WHERE c."id" LIKE 'bc%'
    ORDER BY c."id", k`,
    [MESSAGES_PER_CONSULTATION],
  );
}

/**
 * Builds an index once over a million rows instead of updating it a million times: the secondary indexes (all but
 * the constraints' own, e.g. primary keys) are dropped for the bulk insert and rebuilt from their exact definitions
 * afterwards, so a unique one (one answer per doctor per question, seq) still checks every row.
 */
async function dropSecondaryIndexes(pool: pg.Pool, tables: string[]): Promise<string[]> {
  const { rows } = await pool.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const row of rows) await pool.query(`DROP INDEX "${row.name}"`);
  return rows.map((row) => row.definition);
}

async function recreateIndexes(pool: pg.Pool, definitions: string[]) {
  const client = await pool.connect();
  try {
    await client.query("SET maintenance_work_mem = '256MB'");
    for (const definition of definitions) await client.query(definition);
  } finally {
    client.release();
  }
}
