// `npm run dev`: with no DATABASE_URL, an embedded PostgreSQL is started (and stopped on exit);
// then pending migrations are applied, demo data is seeded into an empty database, and the app
// (Next + socket.io, server.ts) is served in this process while the worker (worker.ts: e-mail,
// embeddings, refunds…) runs as a child process on the same database. A crashed worker is started
// again: the web keeps serving and its compiled pages, and every job is safe to rerun.
import path from "node:path";
import { db, disconnectDb } from "../lib/db";
import { applyMigrations } from "../lib/db/migrate";
import { env, reloadEnv } from "../lib/env";
import { seedDatabase } from "../prisma/seed";
import { startServer } from "../server";
import { ensureDatabase, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { startWorkerProcess, type WorkerProcess } from "./lib/worker-process";

const log = (line: string) => console.log(`[consilium] ${line}`);
const config = env();
// next-auth reads NEXTAUTH_URL itself; point it at the port we serve so its links and checks agree.
process.env.NEXTAUTH_URL ??= `http://localhost:${config.PORT}`;
// Next's telemetry would only try to reach a host our machines cannot.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const startedAt = Date.now();

let stopEmbedded: (() => Promise<void>) | undefined;
if (!config.DATABASE_URL) {
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(config.DATA_DIR, "postgres"),
    port: config.EMBEDDED_PG_PORT,
    log,
  });
  stopEmbedded = embedded.stop;
  // Only this process and its children read it; lib/env parses it on first use below.
  process.env.DATABASE_URL = await ensureDatabase(embedded.url, "consilium");
  reloadEnv();
} else {
  log("using the database in DATABASE_URL");
}

let shuttingDown = false;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  log("stopping…");
  await Promise.all([worker?.stop(), running?.close()].map((stopping) => stopping?.catch(() => {})));
  await disconnectDb().catch(() => {});
  await stopEmbedded?.().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

let running: Awaited<ReturnType<typeof startServer>> | undefined;
let worker: WorkerProcess | undefined;
try {
  await applyMigrations({ connectionString: env().DATABASE_URL ?? "", log });
  if ((await db().user.count()) === 0) {
    const { created } = await seedDatabase(db(), { log });
    if (created) log("seeded demo data (accounts are listed in README.md)");
  }
  // After the migrations: the worker's first jobs query the tables they create.
  worker = startWorkerProcess({ log, restart: true });
  running = await startServer({ dev: true });
  log(`ready at ${running.url} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(error);
  await shutdown(1);
}
