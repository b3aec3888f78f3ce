// lib/db/migrate.ts against real Postgres: every test starts from an empty database of its own and reads
// the outcome back from _prisma_migrations and the catalog. Tests that change migration files work on a
// temporary copy of prisma/migrations.
import { createHash } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../lib/db/migrate";
import { createEmptyDatabase, dropDatabase, type EmptyDatabase, withClient } from "../support/empty-database";
import { prismaSchemaEngine } from "../support/prisma-schema-engine";

const REAL_MIGRATIONS = path.resolve("prisma/migrations");
const INIT = "20261126120000_init";

const databases: EmptyDatabase[] = [];
const scratchDirs: string[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map(dropDatabase));
  await Promise.all(scratchDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function emptyDatabase(): Promise<string> {
  const database = await createEmptyDatabase();
  databases.push(database);
  return database.url;
}

/** A temporary copy of prisma/migrations plus extra migrations (name → SQL), which a test may edit. */
async function scratchMigrations(extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "consilium-migrations-"));
  scratchDirs.push(dir);
  await cp(REAL_MIGRATIONS, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) await addMigration(dir, name, sql);
  return dir;
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function migrationNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

// Computed here from the file's bytes rather than with the runner's helper, so a wrong helper fails the test.
async function fileChecksum(dir: string, name: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path.join(dir, name, "migration.sql")))
    .digest("hex");
}

type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};

async function history(url: string): Promise<HistoryRow[]> {
  const { rows } = await withClient(url, (client) =>
    client.query<HistoryRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
       FROM _prisma_migrations ORDER BY migration_name, started_at`,
    ),
  );
  return rows;
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ exists: boolean }>("SELECT to_regclass($1) IS NOT NULL AS exists", [`"${table}"`]),
  );
  return rows[0]?.exists ?? false;
}

describe("applyMigrations", () => {
  it("applies every migration to an empty database and records each as Prisma does", async () => {
    const url = await emptyDatabase();
    const names = await migrationNames(REAL_MIGRATIONS);
    const log: string[] = [];

    const result = await applyMigrations({ connectionString: url, log: (line) => log.push(line) });

    expect(result).toEqual({ applied: names, skipped: [] });
    const rows = await history(url);
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      expect(row.checksum).toBe(await fileChecksum(REAL_MIGRATIONS, row.migration_name));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    const { rows: definition } = await withClient(url, (client) =>
      client.query<{ line: string }>(
        `SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS line
         FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE a.attrelid = '_prisma_migrations'::regclass AND a.attnum > 0 AND NOT a.attisdropped
         UNION ALL
         SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '_prisma_migrations'::regclass`,
      ),
    );
    expect(definition.map((row) => row.line)).toEqual([
      "id character varying(36) NOT NULL",
      "checksum character varying(64) NOT NULL",
      "finished_at timestamp with time zone",
      "migration_name character varying(255) NOT NULL",
      "logs text",
      "rolled_back_at timestamp with time zone",
      "started_at timestamp with time zone NOT NULL DEFAULT now()",
      "applied_steps_count integer NOT NULL DEFAULT 0",
      "PRIMARY KEY (id)",
    ]);
    expect(await tableExists(url, "User")).toBe(true);
    expect(log).toContainEqual(expect.stringMatching(new RegExp(`^applied ${INIT} \\(\\d+\\.\\d s\\)$`)));
    expect(log.at(-1)).toBe(`${names.length} migration${names.length === 1 ? "" : "s"} applied, 0 already applied`);
  });

  it("keeps a history Prisma's own schema engine accepts, and accepts the history Prisma writes", async () => {
    const oursFirst = await emptyDatabase();
    await applyMigrations({ connectionString: oursFirst });
    const judge = await prismaSchemaEngine(oursFirst, REAL_MIGRATIONS);
    try {
      expect(await judge.diagnose()).toEqual({
        editedMigrationNames: [],
        failedMigrationNames: [],
        hasMigrationsTable: true,
        history: null,
      });
      expect(await judge.deploy()).toEqual({ appliedMigrationNames: [] });
    } finally {
      await judge.close();
    }

    const prismaFirst = await emptyDatabase();
    const names = await migrationNames(REAL_MIGRATIONS);
    const deployer = await prismaSchemaEngine(prismaFirst, REAL_MIGRATIONS);
    try {
      expect(await deployer.deploy()).toEqual({ appliedMigrationNames: names });
    } finally {
      await deployer.close();
    }
    expect(await applyMigrations({ connectionString: prismaFirst })).toEqual({ applied: [], skipped: names });
  });

  it("applies nothing when run again", async () => {
    const url = await emptyDatabase();
    const names = await migrationNames(REAL_MIGRATIONS);
    await applyMigrations({ connectionString: url });
    const log: string[] = [];

    const result = await applyMigrations({ connectionString: url, log: (line) => log.push(line) });

    expect(result).toEqual({ applied: [], skipped: names });
    expect((await history(url)).map((row) => row.migration_name)).toEqual(names);
    expect(log).toEqual([`database is up to date (${names.length} migration${names.length === 1 ? "" : "s"})`]);
  });

  it("applies each migration exactly once when two runs start together", async () => {
    const url = await emptyDatabase();
    // The slow migration keeps the first run busy long enough that the second certainly has to wait.
    const dir = await scratchMigrations({
      "29990101000000_slow": 'SELECT pg_sleep(1);\nCREATE TABLE "SlowProof" (id int);\n',
    });
    const names = await migrationNames(dir);
    const logs: string[][] = [[], []];

    const [first, second] = await Promise.all(
      logs.map((log) => applyMigrations({ connectionString: url, migrationsDir: dir, log: (line) => log.push(line) })),
    );

    expect([...(first?.applied ?? []), ...(second?.applied ?? [])].sort()).toEqual(names);
    expect((await history(url)).map((row) => row.migration_name)).toEqual(names);
    expect(logs.flat()).toContain("another deployment is migrating this database; waiting for it to finish");
  });

  it("refuses when an applied migration's file has changed, and applies nothing after it", async () => {
    const url = await emptyDatabase();
    const dir = await scratchMigrations();
    await applyMigrations({ connectionString: url, migrationsDir: dir });
    const recorded = await fileChecksum(dir, INIT);
    await appendFile(path.join(dir, INIT, "migration.sql"), '\nALTER TABLE "User" ADD COLUMN "nickname" TEXT;\n');
    await addMigration(dir, "29990101000000_after_edit", 'CREATE TABLE "AfterEdit" (id int);');
    const edited = await fileChecksum(dir, INIT);

    const run = applyMigrations({ connectionString: url, migrationsDir: dir });

    await expect(run).rejects.toThrow(INIT);
    await expect(run).rejects.toThrow(recorded);
    await expect(run).rejects.toThrow(edited);
    expect((await history(url)).map((row) => row.migration_name)).toEqual(await migrationNames(REAL_MIGRATIONS));
    expect(await tableExists(url, "AfterEdit")).toBe(false);
  });

  it("rolls a failing migration back whole: no history row, no half-built tables", async () => {
    const url = await emptyDatabase();
    const broken = "29990101000000_broken";
    const dir = await scratchMigrations({
      [broken]: 'CREATE TABLE "HalfDone" (id int);\nINSERT INTO "HalfDone" VALUES (1);\nSELECT * FROM "NoSuchTable";\n',
    });

    await expect(applyMigrations({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      `migration ${broken} failed and was rolled back (line 3): relation "NoSuchTable" does not exist`,
    );

    const real = await migrationNames(REAL_MIGRATIONS);
    expect((await history(url)).map((row) => row.migration_name)).toEqual(real);
    expect(await tableExists(url, "HalfDone")).toBe(false);
    // Nothing was left behind to block the fixed migration.
    await writeFile(path.join(dir, broken, "migration.sql"), 'CREATE TABLE "HalfDone" (id int);\n');
    expect(await applyMigrations({ connectionString: url, migrationsDir: dir })).toEqual({
      applied: [broken],
      skipped: real,
    });
    expect(await tableExists(url, "HalfDone")).toBe(true);
  });

  it("runs each migration as one script, so a plpgsql body full of semicolons works", async () => {
    const url = await emptyDatabase();
    const dir = await scratchMigrations({
      "29990101000000_function": `CREATE FUNCTION gross_minor(net integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  result integer;
BEGIN
  result := net * 120 / 100;
  RETURN result;
END;
$$;
CREATE TABLE "GrossCheck" AS SELECT gross_minor(100) AS gross;
`,
    });

    await applyMigrations({ connectionString: url, migrationsDir: dir });

    const { rows } = await withClient(url, (client) =>
      client.query<{ stored: number; called: number }>(
        'SELECT (SELECT gross FROM "GrossCheck") AS stored, gross_minor(250) AS called',
      ),
    );
    expect(rows).toEqual([{ stored: 120, called: 300 }]);
  });

  it("refuses a history it cannot explain: a recorded migration without a folder, or one never finished", async () => {
    const url = await emptyDatabase();
    await applyMigrations({ connectionString: url });
    const record = (name: string, finished: boolean) =>
      withClient(url, (client) =>
        client.query(
          `INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES (gen_random_uuid()::text, $1, $2, CASE WHEN $3::boolean THEN now() END, 0)`,
          ["0".repeat(64), name, finished],
        ),
      );

    await record("29990101000000_gone", true);
    await expect(applyMigrations({ connectionString: url })).rejects.toThrow(
      /records migration 29990101000000_gone, which has no folder/,
    );
    await withClient(url, (client) => client.query("DELETE FROM _prisma_migrations WHERE migration_name LIKE '2999%'"));
    await record("29990101000000_half", false);
    await expect(applyMigrations({ connectionString: url })).rejects.toThrow(
      /migration 29990101000000_half started but never finished/,
    );
  });
});
