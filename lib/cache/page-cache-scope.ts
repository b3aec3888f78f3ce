// How a page says "you may keep me for anonymous readers, and here is what I show". server.ts runs every cacheable
// request inside this scope; Next bundles lib/ apart from server.ts, so the one AsyncLocalStorage lives on globalThis.
import { AsyncLocalStorage } from "node:async_hooks";

export type PageCacheScope = {
  /** Set by the page: the tags of everything it shows. Unset, the response is never kept. */
  tags?: string[];
  /** The page has no member's state in it (its islands fetch theirs): it may be served to signed-in readers too. */
  members?: boolean;
};

const holder = globalThis as unknown as { consiliumPageCacheScope?: AsyncLocalStorage<PageCacheScope> };

export function pageCacheScope(): AsyncLocalStorage<PageCacheScope> {
  holder.consiliumPageCacheScope ??= new AsyncLocalStorage<PageCacheScope>();
  return holder.consiliumPageCacheScope;
}

/**
 * Marks the page being rendered as the same for every anonymous visitor, showing what the tags name. Call it only
 * from a render with no viewer: the cache serves it to every request without a session — and, with `members`, to
 * signed-in readers as well, which only a page whose per-viewer parts are fetched by the browser may say (the site
 * header's account comes with that fetch). Outside a cacheable request (signed in, dev, tests) it does nothing.
 */
export function cacheThisPage(tags: readonly string[], options: { members?: boolean } = {}): void {
  const scope = pageCacheScope().getStore();
  if (!scope) return;
  scope.tags = [...new Set([...(scope.tags ?? []), ...tags])];
  if (options.members) scope.members = true;
}
