// server.ts owns the web process's page cache; use-cases run inside Next's bundle, which has its own copy of every
// module, so the cache is handed over on globalThis (as the socket.io server is, lib/realtime/registry.ts).
import type { PageCache } from "./page-cache";

const registry = globalThis as unknown as { consiliumPageCache?: PageCache };

export function registerPageCache(cache: PageCache | undefined): void {
  registry.consiliumPageCache = cache;
}

/** This process's page cache, or undefined where none runs (the worker, scripts, most tests). */
export function localPageCache(): PageCache | undefined {
  return registry.consiliumPageCache;
}
