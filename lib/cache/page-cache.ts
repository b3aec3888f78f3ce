// Rendered pages for anonymous readers, kept in the web process's memory and dropped by tag when something they show
// changes (lib/cache/invalidate-pages.ts). Pure bookkeeping: no HTTP, no database, so every rule is unit-tested.
import type { OutgoingHttpHeaders } from "node:http";

export type CachedPage = {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** What the page shows (`question:12`, `doctor:<id>`, `home`): a change to any of them drops the page. */
  tags: readonly string[];
  /** May be served to signed-in readers too: the page fetches their part itself (cacheThisPage's `members`). */
  members?: boolean;
};

/** Taken when a render starts; a page rendered from data older than a later invalidation is not kept. */
export type RenderTicket = { readonly epoch: number; ended: boolean };

export type PageCacheOptions = {
  /** Bodies kept in memory at most; the least recently served pages go first. */
  maxBytes: number;
  /** A page older than this is rendered again even if nothing told us it changed (view counts, a lost notice). */
  ttlMs: number;
  now?: () => number;
};

type Entry = CachedPage & { storedAt: number };

/** Invalidations remembered for renders still in flight; past this many they are forgotten and those renders dropped. */
const MAX_REMEMBERED_TAGS = 50_000;

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private bytes = 0;
  private epoch = 0;
  /** The epoch of the latest invalidation of each tag, kept while renders that started before it may still finish. */
  private readonly tagEpochs = new Map<string, number>();
  /** Renders that started at or before this epoch may not store (a clear, or forgotten tag epochs). */
  private refuseUpToEpoch = 0;
  private rendersInFlight = 0;
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  /** The page under this key if it is still fresh; a hit moves it to the back of the eviction order. */
  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.options.ttlMs) {
      this.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  beginRender(): RenderTicket {
    this.rendersInFlight++;
    return { epoch: this.epoch, ended: false };
  }

  /** Keeps a rendered page unless one of its tags (or everything) was invalidated after its render began. */
  store(key: string, page: CachedPage, ticket: RenderTicket): boolean {
    const stale =
      ticket.epoch < this.refuseUpToEpoch || page.tags.some((tag) => (this.tagEpochs.get(tag) ?? -1) > ticket.epoch);
    this.endRender(ticket);
    if (stale || page.body.length > this.options.maxBytes) return false;
    this.delete(key);
    this.entries.set(key, { ...page, storedAt: this.now() });
    this.bytes += page.body.length;
    for (const tag of page.tags) {
      const keys = this.keysByTag.get(tag) ?? new Set<string>();
      keys.add(key);
      this.keysByTag.set(tag, keys);
    }
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.options.maxBytes) break;
      this.delete(oldest);
    }
    return true;
  }

  /** A render that will not be stored (an error, a page that is not cacheable). Safe to call twice. */
  endRender(ticket: RenderTicket): void {
    if (ticket.ended) return;
    ticket.ended = true;
    this.rendersInFlight--;
    // No render in flight began before the remembered invalidations: nothing needs them any more.
    if (this.rendersInFlight === 0) this.tagEpochs.clear();
  }

  invalidate(tags: readonly string[]): void {
    this.epoch++;
    for (const tag of tags) {
      for (const key of this.keysByTag.get(tag) ?? []) this.delete(key);
      if (this.rendersInFlight > 0) this.tagEpochs.set(tag, this.epoch);
    }
    if (this.tagEpochs.size > MAX_REMEMBERED_TAGS) {
      this.tagEpochs.clear();
      this.refuseUpToEpoch = this.epoch;
    }
  }

  /** Drops every page, and every render in flight: used when invalidations may have been missed. */
  clear(): void {
    this.epoch++;
    this.refuseUpToEpoch = this.epoch;
    for (const key of [...this.entries.keys()]) this.delete(key);
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}
