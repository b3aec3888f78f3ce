// The front end as a phone sees it: the JavaScript a page loads on first visit (every <script src> of its HTML,
// fetched and gzipped here, so it counts what the HTML really references whatever the build's manifests say), and
// Lighthouse 12's four scores with its default (mobile) settings in Debian's Chromium.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../lib/chromium";
import { startChild } from "./processes";

export type ScriptSize = { name: string; target: string; scripts: number; gzipKb: number };
export type LighthouseScores = {
  name: string;
  target: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Every run's performance score; the scores above are those of the median run. */
  performanceRuns?: number[];
  /** How busy the machine's CPUs were during each run (all processes, ours and others'), percent. */
  busyRuns?: number[];
};

/** Jiffies of the whole machine (busy, all) from /proc/stat. */
function machineJiffies(): { busy: number; all: number } {
  const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
  const all = fields.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th fields.
  return { busy: all - (fields[3] ?? 0) - (fields[4] ?? 0), all };
}

/** CPU jiffies used so far by these processes and by every Postgres process (the server is shared, so all of it). */
function processJiffies(pids: number[]): number {
  const postgres = readdirSync("/proc").filter((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    try {
      return readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres";
    } catch {
      return false;
    }
  });
  let total = 0;
  for (const pid of [...pids.map(String), ...postgres]) {
    try {
      // utime and stime are fields 14 and 15; the name (field 2) may hold spaces, so count from its closing paren.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += Number(rest[11]) + Number(rest[12]);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

const JIFFIES_PER_SECOND = 100;

/**
 * Waits (at most maxSeconds) until the app's processes and Postgres use under 5 % of one core over a second: after
 * the load runs the web process flushes views and pages, the worker runs its jobs and Postgres writes back what the
 * runs dirtied, and Lighthouse's simulated 4× CPU slowdown multiplies whatever main-thread time they take from
 * Chromium on two cores. Returns the seconds waited.
 */
export async function waitUntilIdle(pids: number[], maxSeconds = 30): Promise<number> {
  const start = performance.now();
  while ((performance.now() - start) / 1000 < maxSeconds) {
    const before = processJiffies(pids);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (processJiffies(pids) - before < 0.05 * JIFFIES_PER_SECOND) break;
  }
  return (performance.now() - start) / 1000;
}

/** Lighthouse's own advice on variance: several runs, the median. On this shared 2-core machine one run of the
 * same warm page scored anywhere from 83 to 99. */
export const LIGHTHOUSE_RUNS = 3;

/**
 * The page as a reader after the first meets it: requested until the server has rendered (and kept) it, then
 * LIGHTHOUSE_RUNS runs; the median run by performance is reported.
 */
export async function lighthouseMedian(
  baseUrl: string,
  name: string,
  target: string,
  appPids: number[] = [],
): Promise<LighthouseScores> {
  for (let i = 0; i < 3; i++) await (await fetch(`${baseUrl}${target}`)).arrayBuffer();
  const runs: LighthouseScores[] = [];
  const busyRuns: number[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    await waitUntilIdle(appPids);
    const before = machineJiffies();
    runs.push(await lighthouse(baseUrl, name, target));
    const after = machineJiffies();
    busyRuns.push(Math.round((100 * (after.busy - before.busy)) / Math.max(1, after.all - before.all)));
  }
  const byPerformance = [...runs].sort((a, b) => a.performance - b.performance);
  const median = byPerformance[Math.floor(byPerformance.length / 2)] as LighthouseScores;
  return { ...median, performanceRuns: runs.map((run) => run.performance), busyRuns };
}

export async function firstLoadJs(baseUrl: string, name: string, target: string, cookie?: string): Promise<ScriptSize> {
  const headers = cookie ? { cookie } : undefined;
  const html = await (await fetch(`${baseUrl}${target}`, { headers })).text();
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) =>
    (match[1] as string).replace(/&amp;/g, "&"),
  );
  const unique = [...new Set(sources)];
  let bytes = 0;
  for (const source of unique) {
    const response = await fetch(new URL(source, baseUrl));
    bytes += gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
  }
  return { name, target, scripts: unique.length, gzipKb: bytes / 1024 };
}

const CHROME_FLAGS = CHROMIUM_ARGS.join(" ");

type LighthouseReport = { categories: Record<string, { score: number | null }> };

export async function lighthouse(baseUrl: string, name: string, target: string): Promise<LighthouseScores> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "consilium-bench-lh-"));
  const output = path.join(dir, "report.json");
  try {
    const run = startChild(
      "lighthouse",
      [
        path.resolve("node_modules/lighthouse/cli/index.js"),
        `${baseUrl}${target}`,
        "--output=json",
        `--output-path=${output}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        `--chrome-flags=${CHROME_FLAGS}`,
        "--quiet",
        "--max-wait-for-load=30000",
      ],
      { CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH, TMPDIR: dir },
    );
    const timer = setTimeout(() => void run.stop(), 180_000);
    const code = await new Promise<number | null>((resolve) => run.process.on("exit", resolve));
    clearTimeout(timer);
    if (code !== 0) throw new Error(`lighthouse ${target} failed (${code}):\n${run.output().slice(-2000)}`);
    const report = JSON.parse(readFileSync(output, "utf8")) as LighthouseReport;
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    return {
      name,
      target,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
