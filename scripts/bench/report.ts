// BENCHMARKS.md: one run's figures with the goals of issue 12 beside them (✓/✗). Earlier runs live in git history.
import type { D1Result } from "./baselines";
import type { LighthouseScores, ScriptSize } from "./front-end";
import { LIGHTHOUSE_RUNS } from "./front-end";
import type { LoadResult } from "./load";
import type { RealtimeResult } from "./realtime";
import type { SeedSizes } from "./seed-at-scale";

export type Results = {
  startedAt: Date;
  machine: string;
  /** 1-minute load averages at the start and the end: the machine is shared, and this says how busy it was. */
  load: string;
  postgres: string;
  commit: string;
  sizes: SeedSizes;
  /** Rows actually in the database, counted after seeding. */
  counts: string;
  seed: string;
  build: string;
  seconds: number;
  pages?: LoadResult[];
  coldSequential?: LoadResult;
  c1?: LoadResult;
  f1?: LoadResult;
  d1?: D1Result;
  realtime?: RealtimeResult;
  scripts?: ScriptSize[];
  f1Scripts?: ScriptSize;
  lighthouse?: LighthouseScores[];
  failures: string[];
  totalSeconds?: number;
};

type Goal = { goal: string; figure: string; ok: boolean | undefined };

const mark = (ok: boolean | undefined) => (ok === undefined ? "–" : ok ? "✓" : "✗");
const n = (value: number | undefined, digits = 1) => (value === undefined ? "–" : value.toFixed(digits));
const page = (results: Results, name: string) => results.pages?.find((row) => row.name === name);

export function goals(results: Results): Goal[] {
  const warm = page(results, "question, anonymous, warm");
  const patient = page(results, "question, signed-in patient (asker)");
  const doctor = page(results, "question, signed-in doctor");
  const { f1, c1, d1, coldSequential, realtime } = results;
  const ratio = (a?: LoadResult, b?: LoadResult) => (a && b ? a.rps / b.rps : undefined);
  const check = (value: number | undefined, test: (value: number) => boolean) =>
    value === undefined ? undefined : test(value);
  const webRss = Math.max(0, ...(results.pages ?? []).map((row) => row.webRss ?? 0)) || undefined;
  const signedIn = [ratio(patient, f1), ratio(doctor, f1)].filter((value) => value !== undefined) as number[];
  const overhead = coldSequential && d1 ? coldSequential.p50 - d1.p50 : undefined;
  const question = results.scripts?.find((row) => row.name === "question page");
  const extraJs = question && results.f1Scripts ? question.gzipKb - results.f1Scripts.gzipKb : undefined;
  const lowest = results.lighthouse?.length
    ? Math.min(...results.lighthouse.flatMap((row) => [row.performance, row.accessibility, row.bestPractices, row.seo]))
    : undefined;
  return [
    {
      goal: "anonymous question page (warm) ≥ 0.5 × F1 req/s",
      figure: `${n(ratio(warm, f1), 3)} × F1`,
      ok: check(ratio(warm, f1), (v) => v >= 0.5),
    },
    {
      goal: "anonymous question page (warm) ≥ 0.08 × C1 req/s",
      figure: `${n(ratio(warm, c1), 3)} × C1`,
      ok: check(ratio(warm, c1), (v) => v >= 0.08),
    },
    {
      goal: "anonymous question page (warm) p99 ≤ 4 × p50",
      figure: warm ? `p99 ${n(warm.p99, 2)} ms = ${n(warm.p99 / warm.p50, 1)} × p50 ${n(warm.p50, 2)} ms` : "–",
      ok: warm ? warm.p99 <= 4 * warm.p50 : undefined,
    },
    {
      goal: "signed-in question page ≥ 0.1 × F1 req/s",
      figure: signedIn.length ? `patient ${n(ratio(patient, f1), 3)}, doctor ${n(ratio(doctor, f1), 3)} × F1` : "–",
      ok: signedIn.length ? Math.min(...signedIn) >= 0.1 : undefined,
    },
    { goal: "uncached page time − D1 ≤ 15 ms", figure: `${n(overhead)} ms`, ok: check(overhead, (v) => v <= 15) },
    {
      goal: "web RSS ≤ 350 MB",
      figure: `${n(webRss, 0)} MB (peak over the page runs)`,
      ok: check(webRss, (v) => v <= 350),
    },
    {
      goal: "first-load JS ≤ F1's + 30 KB gzip",
      figure: `question page ${n(extraJs)} KB over F1`,
      ok: check(extraJs, (v) => v <= 30),
    },
    {
      goal: "Lighthouse mobile ≥ 95, four categories, three pages",
      figure: `lowest ${lowest ?? "–"}`,
      ok: check(lowest, (v) => v >= 95),
    },
    {
      goal: "realtime fan-out to 1,000 clients p99 ≤ 60 ms",
      figure: realtime
        ? `post → last receipt p99 ${n(realtime.p99)} ms (emit → last receipt p99 ${n(realtime.emitP99)} ms; ${realtime.clients} clients)`
        : "–",
      ok: realtime ? realtime.p99 <= 60 && realtime.clients >= 1000 && realtime.missing === 0 : undefined,
    },
  ];
}

const loadRow = (row: LoadResult) =>
  `| ${row.name} | \`${row.target}\` | ${row.rps.toFixed(1)} | ${n(row.p50, 2)} | ${n(row.p99, 2)} | ${row.errors} / ${row.non2xx} | ${n(row.webRss, 0)} | ${n(row.workerRss, 0)} |`;

export function renderReport(results: Results): string {
  const { sizes, f1, c1, d1, coldSequential } = results;
  const lines = [
    "# Benchmarks",
    "",
    `One run of \`npm run bench\` (scripts/bench.ts), replaced by the next run; earlier runs are in git history. ` +
      `Figures only: benchmarks are scripts, not tests.`,
    "",
    `- **When / what**: ${results.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC, commit ${results.commit}; total ${n(results.totalSeconds, 0)} s`,
    `- **Machine**: ${results.machine}; load average ${results.load}`,
    `- **Postgres**: ${results.postgres}`,
    `- **Data**: ${sizes.questions.toLocaleString("en")} questions, ${sizes.messages.toLocaleString("en")} answers and replies, ` +
      `${sizes.users.toLocaleString("en")} users of whom ${sizes.doctors.toLocaleString("en")} doctors, ` +
      `${sizes.privateMessages.toLocaleString("en")} private consultation messages (the demo seed included); random unit vectors ` +
      `and related lists for every question. In the database: ${results.counts}. ${results.seed}`,
    `- **Build**: ${results.build}`,
    `- **Load**: autocannon, ${results.seconds} s per run after 2 s of warm-up, 8 connections, loopback; ` +
      "p50 and p99 are read from every response's own time (sub-millisecond; autocannon's histogram counts whole " +
      "milliseconds); RSS is the peak VmRSS of the web process (and of the worker, once `worker.ts` exists) during the run.",
    "",
    "## Goals",
    "",
    "| goal | this run | |",
    "| --- | --- | --- |",
    ...goals(results).map((goal) => `| ${goal.goal} | ${goal.figure} | ${mark(goal.ok)} |`),
    "",
  ];
  if (results.pages || c1 || f1) {
    lines.push(
      "## Pages and baselines",
      "",
      "| run | path | req/s | p50 ms | p99 ms | errors / non-2xx | web RSS MB | worker RSS MB |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...[
        ...(results.pages ?? []),
        ...(coldSequential ? [coldSequential] : []),
        ...(c1 ? [c1] : []),
        ...(f1 ? [f1] : []),
      ].map(loadRow),
      "",
      "Cold = the page cache cannot help: every request asks for a different bulk question with 25 messages (6 " +
        "answers, 19 replies, like the story), none requested before in that server's life. Warm and signed-in runs " +
        "request the story question. A signed-in run's req/s counts views: each is the kept page and the request " +
        "its scripts make for the reader's own part (`/api/questions/<id>/viewer`), sent one after the other on " +
        "each connection; its p50 and p99 are per request. The RSS column of C1 and F1 is their own server's.",
      "",
    );
    const warm = page(results, "question, anonymous, warm");
    if (warm && f1 && c1) {
      lines.push(
        `Ratios: anonymous warm question page / F1 = ${n(warm.rps / f1.rps, 3)}, / C1 = ${n(warm.rps / c1.rps, 3)}.`,
      );
    }
    if (d1 && coldSequential) {
      lines.push(
        `Page time − D1: uncached question page p50 (1 connection) ${n(coldSequential.p50, 2)} ms − D1 p50 ${n(d1.p50, 2)} ms = ` +
          `${n(coldSequential.p50 - d1.p50)} ms.`,
      );
    }
    lines.push("");
  }
  if (d1) {
    lines.push(
      "## D1: the story page's SQL",
      "",
      `The web server rendered the story page once, uncached, with its DATABASE_URL pointing at a loopback proxy ` +
        `(scripts/bench/sql-capture.ts) that reads the Postgres wire protocol and records each statement with its ` +
        `parameters; the ${d1.statements} statements were then replayed in order through one \`pg\` connection, ` +
        `${d1.runs} times: p50 ${n(d1.p50, 2)} ms, p99 ${n(d1.p99, 2)} ms. Run one after another, they are an upper ` +
        `bound of the page's database time when the page issues some of them in parallel.`,
      "",
      "<details><summary>The statements</summary>",
      "",
      ...d1.sql.map((sql, i) => `${i + 1}. \`${sql.replace(/\s+/g, " ").slice(0, 400).replace(/`/g, "'")}\``),
      "",
      "</details>",
      "",
    );
  }
  if (results.realtime) {
    const r = results.realtime;
    lines.push(
      "## Realtime",
      "",
      `${r.clients} socket.io clients (websocket transport, two client processes) joined one question's room as the ` +
        `question page does; ${r.warmup + r.posts} answers by different doctors were posted 50 ms apart through ` +
        `\`postAnswer\` in the server process (startServer from server.ts), the first ${r.warmup} to warm it up and not ` +
        `counted below (receipts missing counts all ${r.warmup + r.posts}).`,
      "",
      "| post → last receipt p50 | p99 | emit → last receipt p50 | p99 | postAnswer returned p50 | receipts missing | server RSS before → after joins | per connection |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      `| ${n(r.p50)} ms | ${n(r.p99)} ms | ${n(r.emitP50)} ms | ${n(r.emitP99)} ms | ${n(r.returnedP50)} ms | ${r.missing} | ${n(r.rssBeforeMb, 0)} → ${n(r.rssAfterMb, 0)} MB | ${n(r.perConnectionKb)} KB |`,
      "",
      "Post = the call of `postAnswer` (its transaction, which records the followers' notifications as owed, then the " +
        "broadcast, then the notifications written; postAnswer returned includes them); emit = the " +
        "moment the broadcast left socket.io (the room's emit, wrapped by the benchmark's server); receipt = a client's " +
        "thread:message handler. Every doctor who answers follows the question, so later answers notify more people.",
      "",
    );
  }
  if (results.scripts || results.lighthouse) {
    lines.push("## Front end", "");
    if (results.scripts) {
      lines.push(
        "First-load JS: every `<script src>` of the page's HTML as served (anonymous), fetched and gzipped (level 9).",
        "",
        "| page | path | scripts | gzip KB |",
        "| --- | --- | --- | --- |",
        ...[...results.scripts, ...(results.f1Scripts ? [results.f1Scripts] : [])].map(
          (row) => `| ${row.name} | \`${row.target}\` | ${row.scripts} | ${n(row.gzipKb)} |`,
        ),
        "",
      );
    }
    if (results.lighthouse) {
      lines.push(
        `Lighthouse 12.8.2, default (mobile) settings, Debian Chromium headless, anonymous; the page requested three times ` +
          `first, then ${LIGHTHOUSE_RUNS} runs of which the median by performance is shown (every run's performance in brackets). ` +
          "Each run starts once the app's processes and Postgres have been idle for a second (at most 30 s of waiting); " +
          "machine busy = the share of both CPUs in use during the run, Lighthouse and Chromium included, and any other work on the machine.",
        "",
        "| page | path | performance | accessibility | best practices | SEO |",
        "| --- | --- | --- | --- | --- | --- |",
        ...results.lighthouse.map(
          (row) =>
            `| ${row.name} | \`${row.target}\` | ${row.performance} (${row.performanceRuns?.join(", ") ?? "1 run"}${row.busyRuns ? `; machine busy ${row.busyRuns.join(", ")} %` : ""}) | ${row.accessibility} | ${row.bestPractices} | ${row.seo} |`,
        ),
        "",
      );
    }
  }
  if (results.failures.length) {
    lines.push("## Parts that failed", "", ...results.failures.map((failure) => `- ${failure}`), "");
  }
  return `${lines.join("\n")}\n`;
}
