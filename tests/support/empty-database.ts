// Empty databases (nothing applied) for the tests of the migration machinery itself; tests of the
// application want test-database.ts's migrated clones instead.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { env } from "../../lib/env";
import { withDatabase } from "../../scripts/lib/embedded-postgres";

export type EmptyDatabase = { name: string; url: string };

// Under the "integration" project the global setup names the server (perhaps an embedded one); a file
// run on its own falls back to DATABASE_URL's server, then to a local Postgres.
function databaseServerUrl(): string {
  const provided: string | undefined = inject("databaseServerUrl");
  return provided ?? env().DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  const serverUrl = databaseServerUrl();
  const name = `consilium_t_${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return { name, url: withDatabase(serverUrl, name) };
}

export async function dropDatabase(database: EmptyDatabase | undefined): Promise<void> {
  if (!database) return;
  await withClient(databaseServerUrl(), (client) =>
    client.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`),
  );
}
