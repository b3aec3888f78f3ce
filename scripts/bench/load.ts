// One bounded autocannon run against a loopback URL, with the memory of the processes serving it sampled meanwhile.
import autocannon from "autocannon";
import { rssMb } from "./processes";

export type LoadResult = {
  name: string;
  target: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Peak VmRSS (MB) sampled during the run. */
  webRss?: number;
  workerRss?: number;
};

export type LoadOptions = {
  name: string;
  url: string;
  /** Shown in the report instead of the URL (which has a random port). */
  target: string;
  seconds: number;
  connections?: number;
  headers?: Record<string, string>;
  /** A different path for every request (cold-cache runs). */
  nextPath?: () => string;
  /**
   * Paths sent in turn on each connection and counted as ONE view: a kept page and the request its scripts make for
   * the reader's own part. `rps` and `requests` then count views; p50 and p99 stay per request.
   */
  sequence?: string[];
  warmupSeconds?: number;
  pids?: { web?: number; worker?: number };
};

export async function load(options: LoadOptions): Promise<LoadResult> {
  const connections = options.connections ?? 8;
  const run = (seconds: number) =>
    autocannon({
      url: options.url,
      connections,
      duration: seconds,
      timeout: 20,
      headers: options.headers,
      requests: options.sequence
        ? options.sequence.map((path) => ({ path }))
        : options.nextPath
          ? [{ setupRequest: (request) => ({ ...request, path: (options.nextPath as () => string)() }) }]
          : undefined,
    });
  if (options.warmupSeconds) await run(options.warmupSeconds);
  let webRss = rssMb(options.pids?.web);
  let workerRss = rssMb(options.pids?.worker);
  const sampler = setInterval(() => {
    webRss = Math.max(webRss ?? 0, rssMb(options.pids?.web) ?? 0) || undefined;
    workerRss = Math.max(workerRss ?? 0, rssMb(options.pids?.worker) ?? 0) || undefined;
  }, 250);
  try {
    const result = await run(options.seconds);
    const perView = options.sequence?.length ?? 1;
    return {
      name: options.name,
      target: options.target,
      connections,
      seconds: options.seconds,
      requests: result.requests.total / perView,
      rps: result.requests.average / perView,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      webRss,
      workerRss,
    };
  } finally {
    clearInterval(sampler);
  }
}

export function printLoad(result: LoadResult, log: (line: string) => void) {
  const memory = [
    result.webRss && `web ${result.webRss.toFixed(0)} MB`,
    result.workerRss && `worker ${result.workerRss.toFixed(0)} MB`,
  ]
    .filter(Boolean)
    .join(", ");
  log(
    `  ${result.name.padEnd(34)} ${result.rps.toFixed(1).padStart(8)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms` +
      `  errors ${result.errors}  non-2xx ${result.non2xx}${memory ? `  (${memory})` : ""}`,
  );
}
