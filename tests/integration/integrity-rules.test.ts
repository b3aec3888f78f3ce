// The hand-written end of prisma/migrations/20261126120000_init/migration.sql: rules Prisma's schema
// cannot express, which the database must enforce whatever code path (or psql session) writes the row.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "../support/test-database";

const database = setupTestDatabase("integrity");
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: database().url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

async function insertUser(email = `u-${randomUUID()}@example.test`): Promise<string> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", name, "updatedAt") VALUES ($1, $2, 'x', 'Test user', now())`,
    [id, email],
  );
  return id;
}

async function insertSpecialty(): Promise<number> {
  const slug = `s-${randomUUID().slice(0, 8)}`;
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO "Specialty" (slug, name, field) VALUES ($1, $1, 'Field') RETURNING id`,
    [slug],
  );
  return rows[0]?.id ?? Number.NaN;
}

/** Runs the statement and returns the constraint Postgres names in its refusal (undefined when accepted). */
async function refusal(
  sql: string,
  params: unknown[] = [],
): Promise<{ code?: string; constraint?: string } | undefined> {
  return client.query(sql, params).then(
    () => undefined,
    (error: { code?: string; constraint?: string }) => ({ code: error.code, constraint: error.constraint }),
  );
}

describe("AuditLog is append-only", () => {
  it("refuses UPDATE and DELETE and keeps the row as written", async () => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "AuditLog" (action, "targetType", "targetId", reason) VALUES ('user.suspend', 'User', 'u1', 'spam') RETURNING id`,
    );
    const auditId = rows[0]?.id;

    await expect(client.query(`UPDATE "AuditLog" SET reason = 'edited' WHERE id = $1`, [auditId])).rejects.toThrow(
      "AuditLog is append-only: UPDATE refused",
    );
    await expect(client.query(`DELETE FROM "AuditLog" WHERE id = $1`, [auditId])).rejects.toThrow(
      "AuditLog is append-only: DELETE refused",
    );
    const { rows: after } = await client.query(`SELECT action, reason FROM "AuditLog" WHERE id = $1`, [auditId]);
    expect(after).toEqual([{ action: "user.suspend", reason: "spam" }]);
  });
});

describe("complaints", () => {
  it("allow one pending complaint per reporter and target, and a new one once it is resolved", async () => {
    const reporterId = await insertUser();
    const file = () =>
      refusal(
        `INSERT INTO "Complaint" (id, "reporterId", "targetType", "targetId", reason) VALUES ($1, $2, 'QUESTION', '42', 'SPAM')`,
        [randomUUID(), reporterId],
      );

    expect(await file()).toBeUndefined();
    expect(await file()).toEqual({ code: "23505", constraint: "Complaint_open_per_reporter_key" });
    await client.query(`UPDATE "Complaint" SET state = 'RESOLVED' WHERE "reporterId" = $1`, [reporterId]);
    expect(await file()).toBeUndefined();

    const { rows } = await client.query(
      `SELECT state, count(*)::int AS complaints FROM "Complaint" WHERE "reporterId" = $1 GROUP BY state ORDER BY state`,
      [reporterId],
    );
    expect(rows).toEqual([
      { state: "PENDING", complaints: 1 },
      { state: "RESOLVED", complaints: 1 },
    ]);
  });
});

describe("CHECK constraints", () => {
  it("keep e-mail addresses lower-case", async () => {
    expect(
      await refusal(
        `INSERT INTO "User" (id, email, "passwordHash", name, "updatedAt") VALUES ($1, 'Anna@Example.TEST', 'x', 'Anna', now())`,
        [randomUUID()],
      ),
    ).toEqual({
      code: "23514",
      constraint: "User_email_lowercase_check",
    });
  });

  it("keep years of experience, prices, amounts and ratings in range", async () => {
    const doctorId = await insertUser();
    const patientId = await insertUser();
    const experience = (years: number) =>
      refusal(
        `INSERT INTO "DoctorProfile" ("userId", university, "yearsOfExperience", "updatedAt") VALUES ($1, 'Uni', $2, now())`,
        [doctorId, years],
      );
    expect(await experience(81)).toEqual({ code: "23514", constraint: "DoctorProfile_yearsOfExperience_check" });
    expect(await experience(-1)).toEqual({ code: "23514", constraint: "DoctorProfile_yearsOfExperience_check" });
    expect(await experience(80)).toBeUndefined();

    const consultation = (price: number, rating: number | null) =>
      refusal(
        `INSERT INTO "Consultation" (id, "patientId", "doctorId", subject, "priceMinor", currency, rating, "updatedAt")
         VALUES ($1, $2, $3, 'Headache', $4, 'EUR', $5, now())`,
        [`c-${randomUUID()}`, patientId, doctorId, price, rating],
      );
    expect(await consultation(-1, null)).toEqual({ code: "23514", constraint: "Consultation_priceMinor_check" });
    expect(await consultation(1000, 6)).toEqual({ code: "23514", constraint: "Consultation_rating_check" });
    expect(await consultation(1000, 0)).toEqual({ code: "23514", constraint: "Consultation_rating_check" });
    expect(await consultation(0, null)).toBeUndefined();

    const consultationId = `c-${randomUUID()}`;
    await client.query(
      `INSERT INTO "Consultation" (id, "patientId", "doctorId", subject, "priceMinor", currency, rating, "updatedAt")
       VALUES ($1, $2, $3, 'Rash', 1500, 'EUR', 5, now())`,
      [consultationId, patientId, doctorId],
    );
    expect(
      await refusal(
        `INSERT INTO "Payment" (id, "consultationId", provider, "idempotencyKey", "amountMinor", currency, "updatedAt")
         VALUES ($1, $2, 'sandbox', $3, -1500, 'EUR', now())`,
        [randomUUID(), consultationId, randomUUID()],
      ),
    ).toEqual({ code: "23514", constraint: "Payment_amountMinor_check" });

    const specialtyId = await insertSpecialty();
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "Article" (slug, "authorId", "specialtyId", title, body, "updatedAt")
       VALUES ($1, $2, $3, 'Sleep', 'Body', now()) RETURNING id`,
      [`a-${randomUUID()}`, doctorId, specialtyId],
    );
    const rate = (stars: number) =>
      refusal(
        `INSERT INTO "ArticleRating" ("articleId", "userId", stars, "updatedAt") VALUES ($1, $2, $3, now())
         ON CONFLICT ("articleId", "userId") DO UPDATE SET stars = EXCLUDED.stars`,
        [rows[0]?.id, patientId, stars],
      );
    expect(await rate(0)).toEqual({ code: "23514", constraint: "ArticleRating_stars_check" });
    expect(await rate(6)).toEqual({ code: "23514", constraint: "ArticleRating_stars_check" });
    expect(await rate(5)).toBeUndefined();
  });

  it("give every reply a parent and no answer one", async () => {
    const authorId = await insertUser();
    const specialtyId = await insertSpecialty();
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "Question" ("authorId", "specialtyId", title, body, "shownName", "updatedAt")
       VALUES ($1, $2, 'Migraine', 'Since Monday', 'Anna', now()) RETURNING id`,
      [authorId, specialtyId],
    );
    const message = (id: string, kind: "ANSWER" | "REPLY", parentId: string | null) =>
      refusal(
        `INSERT INTO "ThreadMessage" (id, "questionId", kind, "parentId", "authorId", body) VALUES ($1, $2, $3, $4, $5, 'Text')`,
        [id, rows[0]?.id, kind, parentId, authorId],
      );

    expect(await message("answer-1", "ANSWER", null)).toBeUndefined();
    expect(await message("reply-1", "REPLY", "answer-1")).toBeUndefined();
    const broken = { code: "23514", constraint: "ThreadMessage_reply_has_parent_check" };
    expect(await message("reply-2", "REPLY", null)).toEqual(broken);
    expect(await message("answer-2", "ANSWER", "answer-1")).toEqual(broken);
  });
});
