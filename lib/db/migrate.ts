// Applies prisma/migrations/*/migration.sql without Prisma's native schema engine, which cannot be
// downloaded on our machines. The history is kept in `_prisma_migrations` exactly as Prisma keeps it,
// so `prisma migrate deploy` (or `migrate status`) can take over the same database at any time.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Prisma's own advisory lock key: a runner and a real `prisma migrate deploy` also exclude each other.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

// Verbatim from Prisma's Postgres connector (create_migrations_table), so the table is indistinguishable.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export type ApplyMigrationsOptions = {
  connectionString: string;
  /** Defaults to prisma/migrations under the current working directory. */
  migrationsDir?: string;
  log?: (line: string) => void;
};

export type ApplyMigrationsResult = { applied: string[]; skipped: string[] };

type MigrationFolder = { name: string; script: string; checksum: string };
type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Prisma's checksum: sha256 of the script's UTF-8 bytes, lower-case hex, zero-padded. */
export function migrationChecksum(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

// Prisma accepts a recorded checksum when the file differs only in line endings (git autocrlf), and
// rows written by old engines whose hex was not zero-padded; so do we, or we would refuse its history.
function checksumMatches(script: string, recorded: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
  return variants.some((variant) => {
    const digest = createHash("sha256").update(variant, "utf8").digest();
    const rendered =
      recorded.length === 64 ? digest.toString("hex") : [...digest].map((byte) => byte.toString(16)).join("");
    return rendered === recorded;
  });
}

async function readMigrationFolders(migrationsDir: string): Promise<MigrationFolder[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const script = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
        throw new Error(`migration folder ${name} has no readable migration.sql (${error.code ?? error.message})`);
      });
      return { name, script, checksum: migrationChecksum(script) };
    }),
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function seconds(startedAt: number): string {
  return `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
}

/** The reasons to stop before touching anything: history the files no longer explain. */
function checkHistory(history: HistoryRow[], folders: MigrationFolder[], migrationsDir: string): void {
  const byName = new Map(folders.map((folder) => [folder.name, folder]));
  for (const row of history) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new Error(
        `migration ${row.migration_name} started but never finished (a failed or interrupted run); ` +
          "repair the database by hand, then mark it with `prisma migrate resolve --rolled-back` or `--applied`",
      );
    }
    const folder = byName.get(row.migration_name);
    if (!folder) {
      throw new Error(
        `the database records migration ${row.migration_name}, which has no folder in ${migrationsDir}; ` +
          "this checkout is older than the database or the folder was renamed or deleted",
      );
    }
    if (!checksumMatches(folder.script, row.checksum)) {
      throw new Error(
        `migration ${row.migration_name} was changed after it was applied ` +
          `(checksum recorded ${row.checksum}, file now ${folder.checksum}); ` +
          "restore the file and put the change in a new migration",
      );
    }
  }
}

// Postgres reports a character offset into the whole script; a line number is what a person needs.
function describeFailure(name: string, script: string, error: unknown): Error {
  const pgError = error as { message?: string; position?: string };
  const offset = Number(pgError.position);
  const where = Number.isFinite(offset) ? ` (line ${script.slice(0, offset).split("\n").length})` : "";
  return new Error(`migration ${name} failed and was rolled back${where}: ${pgError.message ?? String(error)}`, {
    cause: error,
  });
}

async function applyOne(client: pg.Client, folder: MigrationFolder): Promise<void> {
  await client.query("BEGIN");
  try {
    // The row goes in first, unfinished, as Prisma does: should the script itself COMMIT part-way and then
    // fail, the leftover row marks the migration as failed instead of leaving no trace.
    const migrationId = randomUUID();
    await client.query(
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, clock_timestamp())",
      [migrationId, folder.checksum, folder.name],
    );
    // No parameters: pg sends the simple-query protocol, so the whole script runs as written
    // (dollar-quoted function bodies included) without ever being split on semicolons.
    await client.query(folder.script);
    await client.query(
      "UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1",
      [migrationId],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      // The connection is already broken; the original error below says why.
    });
    throw describeFailure(folder.name, folder.script, error);
  }
}

export async function applyMigrations(options: ApplyMigrationsOptions): Promise<ApplyMigrationsResult> {
  const log = options.log ?? (() => {});
  const migrationsDir = options.migrationsDir ?? path.resolve(process.cwd(), "prisma/migrations");
  const folders = await readMigrationFolders(migrationsDir);

  const client = new pg.Client({ connectionString: options.connectionString });
  // Without a listener a connection dropped while idle would crash the process instead of failing the run.
  client.on("error", (error) => log(`database connection error: ${error.message}`));
  await client.connect();
  // The lock belongs to this session: closing the connection releases it, on success and failure alike,
  // so a concurrent run waits here and then finds everything already applied.
  try {
    const { rows: lockRows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      PRISMA_MIGRATE_LOCK_KEY,
    ]);
    if (!lockRows[0]?.locked) {
      log("another deployment is migrating this database; waiting for it to finish");
      await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    }
    return await applyPending(client, folders, migrationsDir, log);
  } finally {
    await client.end();
  }
}

async function applyPending(
  client: pg.Client,
  folders: MigrationFolder[],
  migrationsDir: string,
  log: (line: string) => void,
): Promise<ApplyMigrationsResult> {
  const { rows: tableRows } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
  );
  if (!tableRows[0]?.exists) await client.query(CREATE_MIGRATIONS_TABLE);

  const { rows: history } = await client.query<HistoryRow>(
    "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at",
  );
  checkHistory(history, folders, migrationsDir);

  const done = new Set(
    history.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name),
  );
  const skipped = folders.filter((folder) => done.has(folder.name)).map((folder) => folder.name);
  const pending = folders.filter((folder) => !done.has(folder.name));
  if (pending.length === 0) {
    log(`database is up to date (${plural(skipped.length, "migration")})`);
    return { applied: [], skipped };
  }

  const applied: string[] = [];
  for (const folder of pending) {
    const startedAt = performance.now();
    await applyOne(client, folder);
    applied.push(folder.name);
    log(`applied ${folder.name} (${seconds(startedAt)})`);
  }
  log(`${plural(applied.length, "migration")} applied, ${skipped.length} already applied`);
  return { applied, skipped };
}
