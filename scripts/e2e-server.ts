// Playwright's web server: a fresh database (migrated and seeded) on DATABASE_URL's server or an
// embedded one, then the production build served by server.ts and the worker (worker.ts, a child
// process on the same database and DATA_DIR: e-mail, embeddings). Each run starts from the same data.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { db, disconnectDb } from "../lib/db";
import { applyMigrations } from "../lib/db/migrate";
import { reloadEnv } from "../lib/env";
import { seedDatabase } from "../prisma/seed";
import { startServer } from "../server";
import { E2E_STATE_FILE, type E2EState } from "./lib/e2e-state";
import { startEmbeddedPostgres, withDatabase } from "./lib/embedded-postgres";
import { startWorkerProcess } from "./lib/worker-process";

const log = (line: string) => console.log(`[e2e server] ${line}`);
const port = Number(process.env.E2E_PORT ?? 3200);

let serverUrl = process.env.DATABASE_URL;
let stopEmbedded: (() => Promise<void>) | undefined;
if (!serverUrl) {
  const embedded = await startEmbeddedPostgres({ dataDir: path.resolve(".data/test-postgres"), port: 54330, log });
  serverUrl = embedded.url;
  stopEmbedded = embedded.stop;
}

const database = `consilium_e2e_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database "${database}"`);
process.env.DATABASE_URL = withDatabase(serverUrl, database);
reloadEnv();

await applyMigrations({ connectionString: process.env.DATABASE_URL, log });
const dataDir = path.resolve(".data/e2e", database);
process.env.DATA_DIR = dataDir;
reloadEnv();
await seedDatabase(db(), { log, dataDir });
// Not restarted: a journey that needs it then fails, and this log says why.
const worker = startWorkerProcess({ log, restart: false });
const running = await startServer({ dev: false, port, hostname: "127.0.0.1" });
// Journeys seed their own users straight into this database (e2e/support/database.ts reads this file).
await mkdir(path.dirname(E2E_STATE_FILE), { recursive: true });
const state: E2EState = { databaseUrl: process.env.DATABASE_URL, dataDir };
await writeFile(E2E_STATE_FILE, JSON.stringify(state));
log(`ready at ${running.url}`);

async function shutdown() {
  await Promise.all([worker.stop().catch(() => {}), running.close().catch(() => {})]);
  await disconnectDb().catch(() => {});
  await admin.query(`drop database if exists "${database}" with (force)`).catch(() => {});
  await admin.end().catch(() => {});
  await stopEmbedded?.().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
