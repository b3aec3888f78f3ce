// Gives a test file a database of its own, cloned from the migrated template (see global-setup.ts),
// and points lib/db at it. Rows a test writes are read back from real Postgres.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { disconnectDb } from "../../lib/db";
import { reloadEnv } from "../../lib/env";
import { withDatabase } from "../../scripts/lib/embedded-postgres";

export type TestDatabase = { name: string; url: string };

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("databaseServerUrl") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(label = "t"): Promise<TestDatabase> {
  const name = `consilium_${label.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}_${randomBytes(4).toString("hex")}`;
  await admin((client) => client.query(`create database "${name}" template "${inject("templateDatabase")}"`));
  return { name, url: withDatabase(inject("databaseServerUrl"), name) };
}

export async function dropTestDatabase(database: TestDatabase): Promise<void> {
  await admin((client) => client.query(`drop database if exists "${database.name}" with (force)`));
}

/** A fresh migrated database for this file; lib/db talks to it. Returns a getter for its URL. */
export function setupTestDatabase(label?: string): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(label);
    process.env.DATABASE_URL = database.url;
    reloadEnv();
  });
  afterAll(async () => {
    await disconnectDb();
    if (database) await dropTestDatabase(database);
  });
  return () => {
    if (!database) throw new Error("setupTestDatabase(): the database exists only inside tests and hooks");
    return database;
  };
}

/** Empties every application table (keeps the migration history), for tests that need a clean slate. */
export async function truncateAll(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select quote_ident(tablename) as name from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`,
    );
    if (rows.length > 0) await client.query(`truncate ${rows.map((r) => r.name).join(", ")} restart identity cascade`);
  } finally {
    await client.end();
  }
}
