// Playwright's web server: a fresh database (migrated and seeded) on DATABASE_URL's server or an
// embedded one, then the production build served by server.ts. Each run starts from the same data.
import path from "node:path";
import pg from "pg";
import { db, disconnectDb } from "../lib/db";
import { applyMigrations } from "../lib/db/migrate";
import { resetEnvForTests } from "../lib/env";
import { seedDatabase } from "../prisma/seed";
import { startServer } from "../server";
import { startEmbeddedPostgres, withDatabase } from "./lib/embedded-postgres";

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
resetEnvForTests();

await applyMigrations({ connectionString: process.env.DATABASE_URL, log });
await seedDatabase(db(), { log, dataDir: path.resolve(".data/e2e", database) });
const running = await startServer({ dev: false, port, hostname: "127.0.0.1" });
log(`ready at ${running.url}`);

async function shutdown() {
  await running.close().catch(() => {});
  await disconnectDb().catch(() => {});
  await admin.query(`drop database if exists "${database}" with (force)`).catch(() => {});
  await admin.end().catch(() => {});
  await stopEmbedded?.().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
