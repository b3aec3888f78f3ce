// The web process's ear for invalidations made by any process (web or worker) through invalidatePages.
import { listenToChannel } from "../db/listen-channel";
import { PAGE_CACHE_CHANNEL, parseTagPayload } from "./invalidate-pages";
import type { PageCache } from "./page-cache";

export function listenForPageInvalidations(cache: PageCache) {
  return listenToChannel({
    channel: PAGE_CACHE_CHANNEL,
    onMessage: (payload) => cache.invalidate(parseTagPayload(payload)),
    // Whatever changed while we were not listening went unheard: start again from nothing.
    onListening: () => cache.clear(),
  });
}
