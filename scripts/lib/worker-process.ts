// The worker (worker.ts) as a child process of `npm run dev` and of Playwright's web server: the same environment
// (DATABASE_URL of the embedded or test database, DATA_DIR, …), its output prefixed, stopped with the parent.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const STOP_GRACE_MS = 15_000;
const RESTART_MAX_MS = 30_000;
/** A worker that ran this long before it crashed starts its next life with the shortest delay again. */
const HEALTHY_AFTER_MS = 60_000;

export type WorkerProcess = { stop: () => Promise<void> };

export function startWorkerProcess(options: {
  log: (line: string) => void;
  /** Start it again after a crash (with a growing delay), or only say so. */
  restart: boolean;
}): WorkerProcess {
  const { log, restart } = options;
  let child: ChildProcess | undefined;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  const start = () => {
    const startedAt = Date.now();
    // Its own process group: a Ctrl-C in the terminal reaches only the parent, which stops the worker in order
    // (a second signal would make it abandon its running job). The IPC channel tells it when the parent is gone.
    const current = spawn(process.execPath, ["--import", "tsx", path.join(root, "worker.ts")], {
      cwd: root,
      env: process.env,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      detached: true,
    });
    child = current;
    current.on("exit", (code, signal) => {
      if (child === current) child = undefined;
      if (stopping) return;
      const how = signal ? `signal ${signal}` : `exit code ${code}`;
      if (!restart) {
        log(`WORKER STOPPED (${how}): background jobs (e-mail, embeddings, refunds) no longer run`);
        return;
      }
      if (Date.now() - startedAt > HEALTHY_AFTER_MS) failures = 0;
      const delay = Math.min(RESTART_MAX_MS, 1_000 * 2 ** failures++);
      log(`WORKER CRASHED (${how}); starting it again in ${delay / 1000} s`);
      restartTimer = setTimeout(start, delay);
    });
  };
  start();

  return {
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
      current.kill("SIGTERM");
      const killTimer = setTimeout(() => current.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(killTimer);
    },
  };
}
