// Realtime fan-out: 1,000 socket.io clients (two client processes) in one question's room; 100 answers posted one
// after another through postAnswer in the server process; for each, post start → the last client's receipt.
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { appEnv, type Child, rssMb, startChild, WEB_NODE_FLAGS } from "./processes";

/** Answers posted first and not counted: the first posts of a fresh process compile its code paths (the very first
 * took ~57 ms to leave and ~61 ms to fan out, against ~12 and ~21 ms from the sixth on). */
export const WARMUP_POSTS = 5;

export type RealtimeResult = {
  clients: number;
  /** Counted posts (after WARMUP_POSTS). */
  posts: number;
  warmup: number;
  p50: number;
  p99: number;
  /** Post start → postAnswer returned (its transaction, notifications and the broadcast), p50. */
  returnedP50: number;
  /** The broadcast leaving socket.io → the last client's receipt: the fan-out alone. */
  emitP50: number;
  emitP99: number;
  missing: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  perConnectionKb: number;
};

const message = <T>(child: ChildProcess, type: string, timeoutMs: number) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${type}" within ${timeoutMs / 1000} s`)), timeoutMs);
    const listener = (value: { type: string; error?: string }) => {
      if (value.type === "failed") {
        clearTimeout(timer);
        reject(new Error(value.error));
      } else if (value.type === type) {
        clearTimeout(timer);
        child.off("message", listener);
        resolve(value as T);
      }
    };
    child.on("message", listener);
    child.once("exit", () => reject(new Error(`process exited before "${type}"`)));
  });

export async function benchRealtime(options: {
  databaseUrl: string;
  dataDir: string;
  port: number;
  clients: number;
  posts: number;
  log: (line: string) => void;
}): Promise<RealtimeResult> {
  const { clients, posts, log } = options;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 1 });
  let questionId: number;
  let doctorIds: string[];
  try {
    // An open, visible question without answers, and doctors who never answered it.
    const question = await pool.query<{ id: number }>(
      `SELECT "id" FROM "Question" WHERE "status" = 'OPEN' AND "hiddenAt" IS NULL AND "deletedAt" IS NULL
        AND "answerCount" = 0 AND "authorId" LIKE 'bp%' ORDER BY "id" DESC LIMIT 1`,
    );
    questionId = question.rows[0]?.id as number;
    const doctors = await pool.query<{ id: string }>(
      `SELECT "userId" AS id FROM "DoctorProfile" WHERE "verification" = 'VERIFIED' AND "userId" LIKE 'bd%'
      ORDER BY "userId" LIMIT $1`,
      [posts + WARMUP_POSTS],
    );
    doctorIds = doctors.rows.map((row) => row.id);
  } finally {
    await pool.end();
  }
  // A small seed (BENCH_QUESTIONS) may have fewer doctors than posts: each doctor answers once.
  if (!questionId || doctorIds.length === 0) throw new Error("no open question without answers, or no doctors");

  const env = appEnv({ port: options.port, databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const server = startChild(
    "realtime server",
    [...WEB_NODE_FLAGS, "--import", "tsx", "scripts/bench/realtime-server.ts"],
    env,
  );
  const clientProcesses: Child[] = [];
  try {
    await message(server.process, "ready", 120_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rssBeforeMb = rssMb(server.pid) ?? 0;
    const url = `http://127.0.0.1:${options.port}`;
    const start = performance.now();
    for (const share of [Math.ceil(clients / 2), Math.floor(clients / 2)]) {
      clientProcesses.push(
        startChild(
          "clients",
          ["--import", "tsx", "scripts/bench/realtime-clients.ts", url, String(questionId), String(share)],
          {},
        ),
      );
    }
    await Promise.all(clientProcesses.map((child) => message(child.process, "joined", 180_000)));
    log(
      `  ${clients} clients joined question #${questionId}'s room in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rssAfterMb = rssMb(server.pid) ?? 0;

    server.process.send({ type: "post", questionId, doctorIds, gapMs: 50 });
    type Posted = { messageId: string; startedAt: number; returnedMs: number; emittedAt?: number };
    const { posts: posted } = await message<{ posts: Posted[] }>(server.process, "posted", 300_000);
    // A small seed has fewer doctors: keep at least one counted post.
    const warmup = Math.min(WARMUP_POSTS, Math.max(0, posted.length - 1));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const reports = await Promise.all(
      clientProcesses.map((child) => {
        const reply = message<{ receipts: Record<string, { count: number; last: number }> }>(
          child.process,
          "receipts",
          30_000,
        );
        child.process.send({ type: "report" });
        return reply;
      }),
    );
    const fanOut: number[] = [];
    const fromEmit: number[] = [];
    let missing = 0;
    for (const [index, post] of posted.entries()) {
      const got = reports.flatMap((report) => report.receipts[post.messageId] ?? []);
      missing += clients - got.reduce((sum, receipt) => sum + receipt.count, 0);
      if (index < warmup) continue;
      const last = Math.max(...got.map((receipt) => receipt.last));
      if (got.length) fanOut.push(last - post.startedAt);
      if (got.length && post.emittedAt) fromEmit.push(last - post.emittedAt);
    }
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const at = (values: number[], p: number) =>
      values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
    const latencies = sorted(fanOut);
    const returned = sorted(posted.slice(warmup).map((post) => post.returnedMs));
    const emitted = sorted(fromEmit);
    const result: RealtimeResult = {
      clients,
      posts: posted.length - warmup,
      warmup,
      p50: at(latencies, 50),
      p99: at(latencies, 99),
      returnedP50: at(returned, 50),
      emitP50: at(emitted, 50),
      emitP99: at(emitted, 99),
      missing,
      rssBeforeMb,
      rssAfterMb,
      perConnectionKb: ((rssAfterMb - rssBeforeMb) * 1024) / clients,
    };
    log(
      `  ${result.posts} answers (after ${warmup} not counted) → ${clients} clients: post → last receipt p50 ${result.p50.toFixed(1)} ms, p99 ` +
        `${result.p99.toFixed(1)} ms; emit → last receipt p50 ${result.emitP50.toFixed(1)} ms, p99 ${result.emitP99.toFixed(1)} ms; ` +
        `postAnswer returned p50 ${result.returnedP50.toFixed(1)} ms; ${missing} receipts missing; ` +
        `server RSS ${rssBeforeMb.toFixed(0)} → ${rssAfterMb.toFixed(0)} MB = ${result.perConnectionKb.toFixed(1)} KB per connection`,
    );
    return result;
  } finally {
    await Promise.all([...clientProcesses.map((child) => child.stop()), server.stop()]);
  }
}
