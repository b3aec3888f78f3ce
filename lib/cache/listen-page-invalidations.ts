// The web process's ear for invalidations made by any process (web or worker) through invalidatePages.
import { listenToChannels } from "../db/listen-channel";
import { PAGE_CACHE_CHANNEL, parseTagPayload } from "./invalidate-pages";
import type { PageCache } from "./page-cache";

export function listenForPageInvalidations(cache: PageCache) {
  return listenToChannels({
    channels: { [PAGE_CACHE_CHANNEL]: (payload) => cache.invalidate(parseTagPayload(payload)) },
    // Whatever changed while we were not listening went unheard: start again from nothing.
    onListening: () => cache.clear(),
  });
}
