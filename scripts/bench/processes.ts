// Child processes of the benchmark: spawned directly with node (never through npm), so the pid we hold is the
// process whose memory we read, and every one of them is killed when the run ends, however it ends.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const running = new Set<ChildProcess>();

export type Child = { process: ChildProcess; pid: number; output: () => string; stop: () => Promise<void> };

export function startChild(name: string, args: string[], env: Record<string, string | undefined>): Child {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", () => running.delete(child));
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  return { process: child, pid: child.pid, output: () => output, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child)));
}

/** Resident memory of a process in MB, from /proc/<pid>/status. */
export function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function waitForHttp(url: string, child: Child, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`process exited early:\n${child.output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${child.output()}`);
}

export type AppEnv = { port: number; databaseUrl: string; dataDir: string };

/** The production server's environment (README, "Production"), bound to loopback. */
export function appEnv({ port, databaseUrl, dataDir }: AppEnv): Record<string, string> {
  return {
    NODE_ENV: "production",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "consilium-benchmark-secret-0123456789abcdef",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    // The sandbox provider needs no network; production refuses it unless asked.
    ALLOW_SANDBOX_PAYMENTS: "true",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  };
}

/** The web process's V8 flags, as `npm start` sets them (package.json, WEB_HEAP_MB's default). */
export const WEB_NODE_FLAGS = ["--max-old-space-size=192", "--max-semi-space-size=8"];
/** And its allocator setting: glibc's per-thread malloc arenas kept ~30 MB that V8's worker threads had freed. */
const WEB_MALLOC_ENV = { MALLOC_ARENA_MAX: "2" };

export type App = { web: Child; worker?: Child; url: string; stop: () => Promise<void> };

/** server.ts as `npm run build` compiles it (scripts/build-server.ts) and `npm start` runs it: plain node, no tsx. */
export const WEB_ENTRY = "dist/server.mjs";

/**
 * `node dist/server.mjs` (as `npm start`; `entry` replaces the script and its node arguments), and `worker.ts`
 * beside it once the project has one (the jobs and the sentence model move there); until then the jobs run inside
 * the web process.
 */
export async function startApp(options: AppEnv & { entry?: string[] }): Promise<App> {
  const env = appEnv(options);
  const web = startChild("web", [...WEB_NODE_FLAGS, ...(options.entry ?? [WEB_ENTRY])], { ...env, ...WEB_MALLOC_ENV });
  const worker = existsSync("worker.ts") ? startChild("worker", ["--import", "tsx", "worker.ts"], env) : undefined;
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHttp(`${url}/api/health`, web);
  } catch (error) {
    await Promise.all([web.stop(), worker?.stop()]);
    throw error;
  }
  return { web, worker, url, stop: async () => void (await Promise.all([web.stop(), worker?.stop()])) };
}
