// Once per `vitest run`: find a Postgres server (DATABASE_URL's, else an embedded one) and build a
// template database from the migrations. Each test file then clones the template (fast) into a
// database of its own, so files run in parallel without seeing each other's rows.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrate";
import { startEmbeddedPostgres, withDatabase } from "../../scripts/lib/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

const MIGRATIONS = path.resolve("prisma/migrations");

async function migrationsFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const entry of (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).sort()) {
    hash.update(entry.name);
    hash.update(await readFile(path.join(MIGRATIONS, entry.name, "migration.sql")));
  }
  return hash.digest("hex").slice(0, 16);
}

export default async function setup(project: TestProject) {
  let stop: (() => Promise<void>) | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.resolve(".data/test-postgres"),
      port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54330),
      log: (line) => console.log(`[test db] ${line}`),
    });
    serverUrl = embedded.url;
    stop = embedded.stop;
  }

  const template = `consilium_template_${await migrationsFingerprint()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // A template left by an earlier run with the same migrations is reused; an interrupted build is not.
    const existing = await admin.query("select datname from pg_database where datname = $1", [template]);
    if (existing.rowCount === 0) {
      const building = `${template}_building_${process.pid}`;
      await admin.query(`create database "${building}"`);
      await applyMigrations({ connectionString: withDatabase(serverUrl, building) });
      await admin.query(`alter database "${building}" rename to "${template}"`).catch(async (error: unknown) => {
        // Another run finished the same template first.
        await admin.query(`drop database if exists "${building}" with (force)`);
        if (!String(error).includes("already exists")) throw error;
      });
    }
  } finally {
    await admin.end();
  }

  project.provide("databaseServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  return async () => {
    await stop?.();
  };
}
