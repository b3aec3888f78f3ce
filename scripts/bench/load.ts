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
  /** Milliseconds, sub-millisecond: percentiles of each response's own time (see latencyPercentiles). */
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

/**
 * autocannon's own latency histogram counts whole milliseconds (hdr-histogram with a lowest discernible value of 1,
 * fed fractional times that it truncates), so a page answered in 0.4–1.9 ms reads "p50 1 ms" and a p99/p50 ratio
 * measures the rounding. Every response's time (process.hrtime, as autocannon measures it) is kept instead, and
 * the percentiles are read from them — nearest rank, as hdr-histogram's — for every run and baseline alike.
 */
export function latencyPercentiles(times: Float64Array, count: number): { p50: number; p99: number } {
  const sorted = times.slice(0, count).sort();
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * count) - 1)] ?? 0;
  return { p50: at(50), p99: at(99) };
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const connections = options.connections ?? 8;
  let times = new Float64Array(1 << 16);
  let count = 0;
  // Every response, as autocannon's histogram counts them (its default, excludeErrorStats: false).
  const record = (_client: unknown, _statusCode: number, _bytes: number, responseTime: number) => {
    if (count === times.length) {
      const grown = new Float64Array(times.length * 2);
      grown.set(times);
      times = grown;
    }
    times[count++] = responseTime;
  };
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
    const result = await run(options.seconds).on("response", record);
    const { p50, p99 } = latencyPercentiles(times, count);
    const perView = options.sequence?.length ?? 1;
    return {
      name: options.name,
      target: options.target,
      connections,
      seconds: options.seconds,
      requests: result.requests.total / perView,
      rps: result.requests.average / perView,
      p50,
      p99,
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
    `  ${result.name.padEnd(34)} ${result.rps.toFixed(1).padStart(8)} req/s  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms` +
      `  errors ${result.errors}  non-2xx ${result.non2xx}${memory ? `  (${memory})` : ""}`,
  );
}
