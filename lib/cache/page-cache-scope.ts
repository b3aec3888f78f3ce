// How a page says "you may keep me for anonymous readers, and here is what I show". server.ts runs every cacheable
// request inside this scope; Next bundles lib/ apart from server.ts, so the one AsyncLocalStorage lives on globalThis.
import { AsyncLocalStorage } from "node:async_hooks";

export type PageCacheScope = {
  /** Set by the page: the tags of everything it shows. Unset, the response is never kept. */
  tags?: string[];
};

const holder = globalThis as unknown as { consiliumPageCacheScope?: AsyncLocalStorage<PageCacheScope> };

export function pageCacheScope(): AsyncLocalStorage<PageCacheScope> {
  holder.consiliumPageCacheScope ??= new AsyncLocalStorage<PageCacheScope>();
  return holder.consiliumPageCacheScope;
}

/**
 * Marks the page being rendered as the same for every anonymous visitor, showing what the tags name. Call it only
 * from a render with no viewer: the cache serves it to every request without a session. Outside a cacheable
 * request (signed in, dev, tests) it does nothing.
 */
export function cacheThisPage(tags: readonly string[]): void {
  const scope = pageCacheScope().getStore();
  if (!scope) return;
  scope.tags = [...new Set([...(scope.tags ?? []), ...tags])];
}
