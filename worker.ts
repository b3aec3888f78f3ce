// The worker process: every background job (lib/jobs/background-jobs.ts), including the embedding job and its
// sentence model, so the web process (server.ts) only renders and answers. Run one or more beside the web
// processes: `npm run worker`. Jobs publish through the realtime relay, which the web processes emit to browsers.
import { disconnectDb } from "./lib/db";
import { databaseUrl } from "./lib/env";
import { startBackgroundJobs } from "./lib/jobs/background-jobs";
import { realtime, registerRealtime } from "./lib/realtime/registry";
import { relayingPublisher } from "./lib/realtime/relay";

export type RunningWorker = { close: () => Promise<void> };

/** Starts the jobs' timers; close() stops them and waits (a few seconds at most) for a running job. */
export async function startWorker(): Promise<RunningWorker> {
  // Fail at the start, not at the first job: the environment (DATABASE_URL, NEXTAUTH_SECRET in production) is checked.
  databaseUrl();
  const publisher = relayingPublisher();
  registerRealtime(publisher);
  const jobs = startBackgroundJobs();
  return {
    close: async () => {
      await jobs.stop();
      if (realtime() === publisher) registerRealtime(undefined);
    },
  };
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  const log = (line: string) => console.log(`[worker] ${line}`);
  let running: RunningWorker | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    // A second Ctrl-C while a job finishes: leave now; its transaction rolls back with the connection.
    if (stopping) process.exit(1);
    stopping = true;
    log(`${signal}: stopping…`);
    await running?.close().catch((error: unknown) => console.error(error));
    await disconnectDb().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  // Started by `npm run dev` or the e2e server: a parent that died without stopping us leaves no orphan behind.
  if (process.send)
    process.on("disconnect", () => {
      if (!stopping) void stop("parent gone");
    });
  startWorker()
    .then((worker) => {
      running = worker;
      log(`running background jobs (pid ${process.pid})`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
