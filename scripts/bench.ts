// `npm run bench`: issue 12's benchmark suite — pages under load beside their baselines (C1, F1, D1), realtime
// fan-out, first-load JS and Lighthouse — against the production build and a database seeded at scale. Writes
// BENCHMARKS.md. Loopback only; every run is bounded in time; servers are killed and the run's database dropped
// however the run ends. Options (environment):
//   BENCH_QUESTIONS=100000      size of the seed (users, doctors, messages scale with it)
//   BENCH_PARTS=pages,baselines,realtime,front-end
//   BENCH_SECONDS=10            per load run        BENCH_CLIENTS=1000, BENCH_POSTS=100   realtime
//   BENCH_PORT=3400             app; baselines and helpers use the next ports up to +5
//   BENCH_DATABASE_URL          a Postgres server (default DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres)
//   BENCH_TEMPLATE=0            seed afresh and keep no template     BENCH_SKIP_BUILD=1   reuse .next
//   BENCH_OUTPUT=BENCHMARKS.md  where the report goes   BENCH_TIMEOUT_MINUTES=40  the whole run, then it stops
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { benchC1, benchD1, benchF1, buildF1, type F1Server, prepareF1, startF1 } from "./bench/baselines";
import { type BenchDatabase, dropLeftovers, prepareDatabase } from "./bench/database";
import { firstLoadJs, lighthouseMedian } from "./bench/front-end";
import { benchPages, findTargets } from "./bench/pages";
import { type App, appEnv, startApp, startChild, stopAllChildren, WEB_ENTRY, WEB_NODE_FLAGS } from "./bench/processes";
import { benchRealtime } from "./bench/realtime";
import { goals, type Results, renderReport } from "./bench/report";
import { seedSizes } from "./bench/seed-at-scale";

const option = (name: string, fallback: string) => process.env[name] ?? fallback;
const PARTS = new Set(option("BENCH_PARTS", "pages,baselines,realtime,front-end").split(","));
const SECONDS = Number(option("BENCH_SECONDS", "10"));
const PORT = Number(option("BENCH_PORT", "3400"));
const SERVER_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
// A first run at full size seeds the template too, which alone takes about 15 minutes on a busy 2-core machine.
const TIMEOUT_MINUTES = Number(option("BENCH_TIMEOUT_MINUTES", "40"));
const DATA_DIR = path.resolve(".data/bench");

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(line);
const step = (line: string) => console.log(`\n[${elapsed()}] ${line}`);

let database: BenchDatabase | undefined;
let cleaningUp: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    await stopAllChildren();
    await database?.drop().catch((error: unknown) => console.error("dropping the run's database failed", error));
  })();
  return cleaningUp;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping servers and dropping the run's database`);
    void cleanUp().finally(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  console.error(`\nthe run took over ${TIMEOUT_MINUTES} minutes: stopping`);
  void cleanUp().finally(() => process.exit(1));
}, TIMEOUT_MINUTES * 60_000);
watchdog.unref();

/** The server bundle is rebuilt even with BENCH_SKIP_BUILD (it takes a second), so a stale one is never measured. */
async function buildServer() {
  const child = startChild("server bundle", ["--import", "tsx", "scripts/build-server.ts"], {});
  const code = await new Promise<number | null>((resolve) => child.process.on("exit", resolve));
  if (code !== 0) throw new Error(`scripts/build-server.ts failed:\n${child.output().slice(-4000)}`);
}

async function build(results: Results) {
  if (process.env.BENCH_SKIP_BUILD === "1") {
    await buildServer();
    results.build = `the existing \`.next\` build (BENCH_SKIP_BUILD=1), served by \`NODE_ENV=production node ${WEB_NODE_FLAGS.join(" ")} ${WEB_ENTRY}\` (as \`npm start\`)`;
    return;
  }
  step("next build (production)");
  const start = performance.now();
  const env = appEnv({ port: PORT, databaseUrl: SERVER_URL, dataDir: DATA_DIR });
  const child = startChild("next build", [path.resolve("node_modules/next/dist/bin/next"), "build"], env);
  const code = await new Promise<number | null>((resolve) => child.process.on("exit", resolve));
  if (code !== 0) throw new Error(`next build failed:\n${child.output().slice(-4000)}`);
  await buildServer();
  const seconds = ((performance.now() - start) / 1000).toFixed(0);
  results.build = `\`npm run build\` in this run (${seconds} s), served by \`NODE_ENV=production node ${WEB_NODE_FLAGS.join(" ")} ${WEB_ENTRY}\` (as \`npm start\`)`;
  log(`  built in ${seconds} s`);
}

async function describeMachine(): Promise<Pick<Results, "machine" | "postgres" | "commit">> {
  const cpus = os.cpus();
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  const version =
    (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? "?";
  await client.end();
  const server = new URL(SERVER_URL);
  let commit = "?";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    if (execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim()) commit += " (with local changes)";
  } catch {
    // not a git checkout
  }
  return {
    machine:
      `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `${os.type()} ${os.release()}, Node ${process.version} (shared with other work while it ran)`,
    postgres: `PostgreSQL ${version}, the machine's server at ${server.hostname}:${server.port || 5432} (not embedded)`,
    commit,
  };
}

/** Runs one part; a failing part is reported in BENCHMARKS.md and the run goes on with the others. */
async function part(results: Results, name: string, run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    console.error(`  ${name} failed:`, error);
    results.failures.push(`${name}: ${String(error instanceof Error ? error.message : error).split("\n")[0]}`);
  }
}

/** What the database really holds (the sizes are targets; the demo seed adds its own rows). */
async function countRows(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM "Question") AS questions, (SELECT count(*)::int FROM "ThreadMessage") AS messages,
        (SELECT count(*)::int FROM "User") AS users, (SELECT count(*)::int FROM "DoctorProfile") AS doctors,
        (SELECT count(*)::int FROM "ConsultationMessage") AS "consultation messages",
        (SELECT count(*)::int FROM "RelatedQuestion") AS "related-list rows"`,
    );
    return Object.entries(rows[0] ?? {})
      .map(([name, value]) => `${value.toLocaleString("en")} ${name}`)
      .join(", ");
  } finally {
    await client.end();
  }
}

const loadAverage = () => (os.loadavg()[0] ?? 0).toFixed(1);

async function main() {
  const startLoad = loadAverage();
  mkdirSync(DATA_DIR, { recursive: true });
  const sizes = seedSizes(Number(option("BENCH_QUESTIONS", "100000")));
  const results: Results = {
    startedAt: new Date(),
    ...(await describeMachine()),
    load: "",
    sizes,
    counts: "",
    seed: "",
    build: "",
    seconds: SECONDS,
    failures: [],
  };
  log(`npm run bench — parts: ${[...PARTS].join(", ")}; ${sizes.questions} questions; ${results.machine}`);
  await dropLeftovers(SERVER_URL, log);
  await build(results);

  step("database");
  const seedStart = performance.now();
  database = await prepareDatabase({
    serverUrl: SERVER_URL,
    sizes,
    dataDir: DATA_DIR,
    useTemplate: process.env.BENCH_TEMPLATE !== "0",
    log,
  });
  results.seed = `Seeded (or cloned from the cached template) in ${((performance.now() - seedStart) / 1000).toFixed(0)} s this run.`;
  results.counts = await countRows(database.url);
  log(`  ${results.counts}`);
  const targets = await findTargets(database.url);
  log(
    `  story question #${targets.storyId} (${targets.storyMessages} messages); ${targets.coldIds.length} cold questions with 25 messages`,
  );

  let storyHtml: string | undefined;
  let f1: F1Server | undefined;
  try {
    if (PARTS.has("pages") || PARTS.has("front-end") || PARTS.has("baselines")) {
      step("pages (web server on the seeded database)");
      const app: App = await startApp({ port: PORT, databaseUrl: database.url, dataDir: DATA_DIR });
      try {
        if (PARTS.has("pages")) {
          await part(results, "pages", async () => {
            const pages = await benchPages(app, targets, { seconds: SECONDS, log });
            results.pages = pages.loads;
            results.coldSequential = pages.coldSequential;
          });
        }
        storyHtml = await (await fetch(`${app.url}/questions/${targets.storyId}`)).text();
        if (PARTS.has("front-end")) {
          await part(results, "first-load JS", async () => {
            step("front end: first-load JS");
            results.scripts = [
              await firstLoadJs(app.url, "question page", `/questions/${targets.storyId}`),
              await firstLoadJs(app.url, "home", "/"),
              await firstLoadJs(app.url, "article", `/articles/${targets.articleSlug}`),
            ];
            for (const row of results.scripts)
              log(`  ${row.name}: ${row.scripts} scripts, ${row.gzipKb.toFixed(1)} KB gzip`);
          });
          await part(results, "Lighthouse", async () => {
            step("front end: Lighthouse (mobile)");
            results.lighthouse = [];
            for (const [name, target] of [
              ["question page", `/questions/${targets.storyId}`],
              ["home", "/"],
              ["article", `/articles/${targets.articleSlug}`],
            ] as const) {
              const appPids = [app.web.pid, ...(app.worker ? [app.worker.pid] : [])];
              const scores = await lighthouseMedian(app.url, name, target, appPids);
              results.lighthouse.push(scores);
              log(
                `  ${name}: performance ${scores.performance} (runs ${scores.performanceRuns?.join(", ")}; machine busy ${scores.busyRuns?.join(", ")} %), accessibility ${scores.accessibility}, best practices ${scores.bestPractices}, SEO ${scores.seo}`,
              );
            }
          });
        }
      } finally {
        await app.stop();
      }
    }

    if (PARTS.has("baselines") || PARTS.has("front-end")) {
      await part(results, "F1", async () => {
        step("F1: a bare Next page");
        const dir = prepareF1(log);
        await buildF1(dir, log);
        f1 = await startF1(dir, PORT + 2);
        if (PARTS.has("front-end")) results.f1Scripts = await firstLoadJs(f1.url, "F1 (bare Next page)", "/");
        if (PARTS.has("baselines")) results.f1 = await benchF1(f1, { seconds: SECONDS, log });
      });
      await f1?.stop();
    }
    if (PARTS.has("baselines") && storyHtml) {
      const html = storyHtml;
      await part(results, "C1", async () => {
        step("C1: node:http serving the story page's bytes");
        results.c1 = await benchC1(html, PORT + 1, { seconds: SECONDS, log });
      });
      await part(results, "D1", async () => {
        step("D1: the story page's SQL through pg");
        results.d1 = await benchD1({
          databaseUrl: (database as BenchDatabase).url,
          dataDir: DATA_DIR,
          appPort: PORT + 3,
          proxyPort: PORT + 4,
          storyId: targets.storyId,
          warmupId: targets.coldIds.at(-1) ?? 1,
          seconds: Math.min(SECONDS, 5),
          log,
        });
      });
    }
    if (PARTS.has("realtime")) {
      await part(results, "realtime", async () => {
        step("realtime fan-out");
        results.realtime = await benchRealtime({
          databaseUrl: (database as BenchDatabase).url,
          dataDir: DATA_DIR,
          port: PORT + 5,
          clients: Number(option("BENCH_CLIENTS", "1000")),
          posts: Number(option("BENCH_POSTS", "100")),
          log,
        });
      });
    }
  } finally {
    await cleanUp();
  }

  results.totalSeconds = (performance.now() - started) / 1000;
  results.load = `${startLoad} at the start, ${loadAverage()} at the end (1 min)`;
  const output = option("BENCH_OUTPUT", "BENCHMARKS.md");
  writeFileSync(output, renderReport(results));
  step(`wrote ${output}`);
  for (const goal of goals(results))
    log(`  ${goal.ok === undefined ? "–" : goal.ok ? "✓" : "✗"} ${goal.goal}: ${goal.figure}`);
  if (results.failures.length) log(`  failed parts: ${results.failures.join("; ")}`);
}

main()
  .then(() => process.exit(0))
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  });
