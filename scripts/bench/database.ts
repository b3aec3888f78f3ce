// The benchmark's databases on one Postgres server: a seeded template kept between runs (named by a hash of the
// migrations, the seeders and the sizes, so any change builds a new one) and a clone of it per run, dropped at the end.
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { withDatabase } from "../lib/embedded-postgres";
import { type SeedSizes, seedAtScale } from "./seed-at-scale";

const PREFIX = "consilium_bench_";

async function admin<T extends pg.QueryResultRow>(serverUrl: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? filesUnder(file) : [file];
    });
}

/** What the seeded content depends on: change any of it and the template is rebuilt. */
function templateName(sizes: SeedSizes): string {
  const hash = createHash("sha256").update(JSON.stringify(sizes));
  const sources = [
    ...filesUnder("prisma/migrations"),
    ...filesUnder("prisma/seed"),
    "prisma/seed.ts",
    "scripts/bench/seed-at-scale.ts",
    "scripts/bench/seed-threads.ts",
    "scripts/lib/random-embeddings.ts",
    "scripts/lib/synthetic-questions.ts",
  ];
  for (const file of sources) hash.update(file).update(readFileSync(file));
  return `${PREFIX}tpl_${hash.digest("hex").slice(0, 12)}`;
}

export type BenchDatabase = { url: string; name: string; drop: () => Promise<void> };

/**
 * A seeded database for this run. With BENCH_TEMPLATE=0 the template is neither used nor kept (a fresh seed into the
 * run's own database).
 */
export async function prepareDatabase(options: {
  serverUrl: string;
  sizes: SeedSizes;
  dataDir: string;
  useTemplate: boolean;
  log: (line: string) => void;
}): Promise<BenchDatabase> {
  const { serverUrl, sizes, dataDir, useTemplate, log } = options;
  const name = `${PREFIX}run_${randomBytes(4).toString("hex")}`;
  const drop = async () => {
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  const url = withDatabase(serverUrl, name);
  if (!useTemplate) {
    await admin(serverUrl, `CREATE DATABASE "${name}"`);
    try {
      await seedAtScale(url, sizes, dataDir, log);
    } catch (error) {
      await drop();
      throw error;
    }
    return { url, name, drop };
  }

  const template = templateName(sizes);
  const existing = await admin<{ datname: string }>(
    serverUrl,
    `SELECT datname FROM pg_database WHERE datname LIKE $1`,
    [`${PREFIX}tpl_%`],
  );
  if (!existing.some((row) => row.datname === template)) {
    // Templates of older sources or other sizes would only take disk space.
    for (const row of existing) await admin(serverUrl, `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    // Built under another name and renamed when complete: an interrupted seed never passes for a template.
    const building = `${PREFIX}build_${randomBytes(4).toString("hex")}`;
    await admin(serverUrl, `CREATE DATABASE "${building}"`);
    try {
      log(`seeding a new template ${template} (kept for later runs; BENCH_TEMPLATE=0 to do without)`);
      await seedAtScale(withDatabase(serverUrl, building), sizes, dataDir, log);
      await admin(serverUrl, `ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } catch (error) {
      await admin(serverUrl, `DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      throw error;
    }
  } else {
    log(`using the seeded template ${template}`);
  }
  const start = performance.now();
  // FILE_COPY (Postgres 15+): the default WAL_LOG strategy writes the whole template through the WAL (81 MB for the
  // 8,000-question template, over 1 GB for the full one, past max_wal_size), and the checkpoints that follow were
  // still writing it back during the page and Lighthouse runs. FILE_COPY copies the files between two checkpoints
  // of its own, so the clone is settled once this statement returns.
  const strategy = (await serverVersion(serverUrl)) >= 150000 ? " STRATEGY FILE_COPY" : "";
  await admin(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"${strategy}`);
  log(`cloned the template into ${name} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return { url, name, drop };
}

async function serverVersion(serverUrl: string): Promise<number> {
  const [row] = await admin<{ version: string }>(serverUrl, "SELECT current_setting('server_version_num') AS version");
  return Number(row?.version ?? 0);
}

/** Drops run and build databases that a killed run left behind (never the template, never anyone else's). */
export async function dropLeftovers(serverUrl: string, log: (line: string) => void) {
  const rows = await admin<{ datname: string }>(
    serverUrl,
    `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2`,
    [`${PREFIX}run\\_%`, `${PREFIX}build\\_%`],
  );
  for (const row of rows) {
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    log(`dropped ${row.datname}, left by an earlier run`);
  }
}
