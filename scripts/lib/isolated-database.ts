// A migrated database of its own for a script (the related-questions eval, the benchmark), on DATABASE_URL's server
// or on an embedded one, dropped afterwards. lib/db is pointed at it for the duration.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { disconnectDb } from "../../lib/db";
import { applyMigrations } from "../../lib/db/migrate";
import { reloadEnv } from "../../lib/env";
import { startEmbeddedPostgres, withDatabase } from "./embedded-postgres";

export type IsolatedDatabase = { url: string; name: string };

export async function withIsolatedDatabase<T>(
  label: string,
  log: (line: string) => void,
  run: (database: IsolatedDatabase) => Promise<T>,
): Promise<T> {
  let serverUrl = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.resolve(".data/script-postgres"),
      port: Number(process.env.EMBEDDED_SCRIPT_PG_PORT ?? 54332),
      log,
    });
    serverUrl = embedded.url;
    stop = embedded.stop;
  }
  const name = `consilium_${label}_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const previousUrl = process.env.DATABASE_URL;
  await admin(`create database "${name}"`);
  try {
    const url = withDatabase(serverUrl, name);
    await applyMigrations({ connectionString: url });
    process.env.DATABASE_URL = url;
    reloadEnv();
    return await run({ url, name });
  } finally {
    await disconnectDb();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    reloadEnv();
    await admin(`drop database if exists "${name}" with (force)`);
    await stop?.();
  }
}
