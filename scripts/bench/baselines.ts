// What the question page is measured against, in the same run on the same machine:
// C1 — Node's http serving the story page's exact HTML bytes from memory (the ceiling of any Node server here);
// F1 — a bare Next App Router page, prerendered, served by `next start` from the same node_modules (the ceiling of
//      a Next page); D1 — the story page's own SQL, captured on the wire while the page renders, replayed through pg.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { type LoadResult, load, printLoad } from "./load";
import { type App, startApp, startChild, waitForHttp } from "./processes";
import { type CapturedStatement, startSqlCapture } from "./sql-capture";

const F1_PAGE = `export default function Page() {
  return (
    <main>
      <h1>Hello</h1>
      <p>A bare App Router page, prerendered at build time.</p>
    </main>
  );
}
`;
const F1_LAYOUT = `export const metadata = { title: "F1" };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

/** C1: a child process serving `html` from memory on `port`. */
export async function benchC1(html: string, port: number, options: { seconds: number; log: (line: string) => void }) {
  const file = path.resolve(".data/bench/c1.html");
  writeFileSync(file, html);
  const server = startChild("c1", ["--import", "tsx", "scripts/bench/c1-server.ts", file, String(port)], {});
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(url, server);
    const result = await load({
      name: "C1 (node:http, same bytes)",
      url,
      target: "/",
      seconds: options.seconds,
      warmupSeconds: 2,
      pids: { web: server.pid },
    });
    printLoad(result, options.log);
    return result;
  } finally {
    await server.stop();
  }
}

/** F1's app, built once per Next version and page source; later runs reuse the build. */
export function prepareF1(log: (line: string) => void): string {
  const dir = path.resolve(".data/bench/f1");
  if (existsSync(path.join(dir, ".next/BUILD_ID")) && existsSync(path.join(dir, `built-${f1Key()}`))) {
    log("  F1: reusing its build");
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "f1", private: true, type: "module" }));
  writeFileSync(path.join(dir, "next.config.mjs"), "export default { poweredByHeader: false };\n");
  writeFileSync(path.join(dir, "app/page.jsx"), F1_PAGE);
  writeFileSync(path.join(dir, "app/layout.jsx"), F1_LAYOUT);
  return dir;
}

export async function buildF1(dir: string, log: (line: string) => void) {
  if (existsSync(path.join(dir, ".next/BUILD_ID"))) return;
  const start = performance.now();
  const build = startChild("f1 build", [path.resolve("node_modules/next/dist/bin/next"), "build", dir], {
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  });
  const code = await new Promise<number | null>((resolve) => build.process.on("exit", resolve));
  if (code !== 0) throw new Error(`F1's next build failed:\n${build.output()}`);
  writeFileSync(path.join(dir, `built-${f1Key()}`), "");
  log(`  F1: built in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

/** Changes with the Next version and F1's sources: either change rebuilds F1. */
function f1Key(): string {
  const nextVersion = (JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as { version: string })
    .version;
  return createHash("sha256").update(nextVersion).update(F1_PAGE).update(F1_LAYOUT).digest("hex").slice(0, 12);
}

export type F1Server = { url: string; pid: number; stop: () => Promise<void> };

export async function startF1(dir: string, port: number): Promise<F1Server> {
  const server = startChild(
    "f1",
    [path.resolve("node_modules/next/dist/bin/next"), "start", dir, "-p", String(port), "-H", "127.0.0.1"],
    { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, pid: server.pid, stop: server.stop };
}

export async function benchF1(f1: F1Server, options: { seconds: number; log: (line: string) => void }) {
  const result = await load({
    name: "F1 (bare Next page)",
    url: f1.url,
    target: "/",
    seconds: options.seconds,
    warmupSeconds: 2,
    pids: { web: f1.pid },
  });
  printLoad(result, options.log);
  return result;
}

export type D1Result = { statements: number; p50: number; p99: number; runs: number; sql: string[] };

/**
 * D1: a web server whose DATABASE_URL goes through the capture proxy renders the story page once (uncached: the
 * server has never shown it; another question is rendered first so one-time start-up queries are not counted);
 * the statements it issued are then replayed in order through one pg connection, in a loop.
 */
export async function benchD1(options: {
  databaseUrl: string;
  dataDir: string;
  appPort: number;
  proxyPort: number;
  storyId: number;
  warmupId: number;
  seconds: number;
  log: (line: string) => void;
}): Promise<D1Result> {
  const server = new URL(options.databaseUrl);
  const capture = await startSqlCapture(
    { host: server.hostname, port: Number(server.port || 5432) },
    options.proxyPort,
  );
  let statements: CapturedStatement[];
  let app: App | undefined;
  try {
    const proxied = new URL(options.databaseUrl);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(options.proxyPort);
    app = await startApp({ port: options.appPort, databaseUrl: proxied.toString(), dataDir: options.dataDir });
    await (await fetch(`${app.url}/questions/${options.warmupId}`)).text();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const recording = capture.record();
    const response = await fetch(`${app.url}/questions/${options.storyId}`);
    await response.text();
    // Work the page started but did not wait for (a view beacon, a log line) lands within this pause.
    await new Promise((resolve) => setTimeout(resolve, 300));
    statements = recording.stop().filter((statement) => statement.text.trim() !== "");
  } finally {
    await app?.stop();
    await capture.close();
  }
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const times: number[] = [];
  try {
    const runOnce = async () => {
      for (const statement of statements) await client.query({ text: statement.text, values: statement.values });
    };
    for (let i = 0; i < 20; i++) await runOnce();
    const deadline = performance.now() + options.seconds * 1000;
    while (performance.now() < deadline && times.length < 5000) {
      const start = performance.now();
      await runOnce();
      times.push(performance.now() - start);
    }
  } finally {
    await client.end();
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
  const result = {
    statements: statements.length,
    p50: at(50),
    p99: at(99),
    runs: times.length,
    sql: statements.map((s) => s.text),
  };
  options.log(
    `  D1 (the story page's ${result.statements} SQL statements through pg)  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  (${result.runs} runs)`,
  );
  return result;
}

export type { LoadResult };
