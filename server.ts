// The web process: Next's request handler and socket.io on one HTTP server. It runs no background job and never
// loads the sentence model: that is the worker's (worker.ts, `npm run worker`).
import { createServer, type Server as HttpServer } from "node:http";
import next from "next";
import type { Server as SocketServer } from "socket.io";
import { listenForPageInvalidations } from "./lib/cache/listen-page-invalidations";
import { PageCache } from "./lib/cache/page-cache";
import { localPageCache, registerPageCache } from "./lib/cache/page-cache-registry";
import { withPageCache } from "./lib/cache/serve-cached-page";
import { memberPartQuestionId, serveMemberPart } from "./lib/cache/serve-member-part";
import { env } from "./lib/env";
import { flushQuestionViews } from "./lib/questions/count-question-view";
import { realtime, registerRealtime } from "./lib/realtime/registry";
import { attachRealtime } from "./lib/realtime/server";

export type RunningServer = {
  http: HttpServer;
  io: SocketServer;
  url: string;
  /** The anonymous readers' page cache; absent in development, where every edit must show at once. */
  pageCache?: PageCache;
  close: () => Promise<void>;
};

/** Production serves pages for anonymous readers from memory, dropped by the writes that change them. */
function startPageCache(dev: boolean) {
  const config = env();
  if (dev || !config.PAGE_CACHE) return undefined;
  const cache = new PageCache({
    maxBytes: config.PAGE_CACHE_MAX_MB * 1024 * 1024,
    ttlMs: config.PAGE_CACHE_TTL_SECONDS * 1000,
  });
  registerPageCache(cache);
  const listener = listenForPageInvalidations(cache);
  return {
    cache,
    stop: async () => {
      if (localPageCache() === cache) registerPageCache(undefined);
      await listener.stop();
    },
  };
}

export async function startServer(options: { dev: boolean; port?: number; hostname?: string }): Promise<RunningServer> {
  const port = options.port ?? env().PORT;
  const hostname = options.hostname ?? env().HOSTNAME;
  const app = next({ dev: options.dev, hostname, port, turbopack: options.dev });
  await app.prepare();
  const pageCache = startPageCache(options.dev);
  const nextHandler = app.getRequestHandler();
  const handle = pageCache ? withPageCache(pageCache.cache, nextHandler) : nextHandler;
  const upgrade = app.getUpgradeHandler();

  const http = createServer((request, response) => {
    // A kept question page's per-member part is answered before Next (lib/cache/serve-member-part.ts).
    const memberPart = memberPartQuestionId(request);
    const served = memberPart === null ? handle(request, response) : serveMemberPart(request, response, memberPart);
    served.catch((error: unknown) => {
      console.error("request failed", { url: request.url, error });
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  const io = attachRealtime(http);
  // Use-cases run inside Next's bundle and publish through this registration (globalThis), not through a module.
  registerRealtime(io);
  // socket.io answers its own path; every other upgrade (Next's dev HMR) goes to Next.
  http.on("upgrade", (request, socket, head) => {
    if (!request.url?.startsWith("/socket.io/")) void upgrade(request, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(port, hostname, () => resolve());
  });
  const url = `http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`;
  return {
    http,
    io,
    url,
    pageCache: pageCache?.cache,
    close: async () => {
      await pageCache?.stop();
      // Views queued by the beacon in the last seconds (the buffer lives on globalThis, shared with Next's bundle).
      await flushQuestionViews().catch((error: unknown) =>
        console.error("could not write the last question views", error),
      );
      if (realtime() === io) registerRealtime(undefined);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await app.close();
    },
  };
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  const dev = env().NODE_ENV !== "production";
  startServer({ dev })
    .then((server) => console.log(`Consilium ready at ${server.url}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
