import { describe, expect, it } from "vitest";
import { tagBatches } from "../../lib/cache/invalidate-pages";
import { type CachedPage, PageCache } from "../../lib/cache/page-cache";

function page(body: string, tags: string[]): CachedPage {
  return { status: 200, headers: { "content-type": "text/html" }, body: Buffer.from(body), tags };
}

function cacheAt(clock: { now: number }, maxBytes = 1_000) {
  return new PageCache({ maxBytes, ttlMs: 60_000, now: () => clock.now });
}

describe("PageCache", () => {
  it("serves a stored page until one of its tags is invalidated, and keeps pages with other tags", () => {
    const cache = cacheAt({ now: 0 });
    cache.store("/questions/1", page("one", ["question:1", "doctor:a"]), cache.beginRender());
    cache.store("/questions/2", page("two", ["question:2"]), cache.beginRender());

    expect(cache.get("/questions/1")?.body.toString()).toBe("one");
    cache.invalidate(["doctor:a"]);
    expect(cache.get("/questions/1")).toBeUndefined();
    expect(cache.get("/questions/2")?.body.toString()).toBe("two");
  });

  it("does not keep a page whose render began before an invalidation of one of its tags", () => {
    const cache = cacheAt({ now: 0 });
    const before = cache.beginRender();
    cache.invalidate(["question:1"]);
    expect(cache.store("/questions/1", page("stale", ["question:1"]), before)).toBe(false);
    expect(cache.get("/questions/1")).toBeUndefined();

    // A render that began after the invalidation read the new data: it is kept.
    const after = cache.beginRender();
    expect(cache.store("/questions/1", page("fresh", ["question:1"]), after)).toBe(true);
    expect(cache.get("/questions/1")?.body.toString()).toBe("fresh");
  });

  it("keeps a page rendered across an invalidation of a tag it does not show", () => {
    const cache = cacheAt({ now: 0 });
    const ticket = cache.beginRender();
    cache.invalidate(["question:9"]);
    expect(cache.store("/questions/1", page("one", ["question:1"]), ticket)).toBe(true);
  });

  it("refuses renders in flight after a clear, since invalidations may have been missed", () => {
    const cache = cacheAt({ now: 0 });
    cache.store("/", page("home", ["home"]), cache.beginRender());
    const inFlight = cache.beginRender();
    cache.clear();
    expect(cache.get("/")).toBeUndefined();
    expect(cache.store("/questions/1", page("one", ["question:1"]), inFlight)).toBe(false);
    expect(cache.store("/questions/1", page("one", ["question:1"]), cache.beginRender())).toBe(true);
  });

  it("renders again once the time to live has passed", () => {
    const clock = { now: 1_000 };
    const cache = cacheAt(clock);
    cache.store("/", page("home", ["home"]), cache.beginRender());
    clock.now += 59_999;
    expect(cache.get("/")).toBeDefined();
    clock.now += 1;
    expect(cache.get("/")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("evicts the least recently served pages past its byte budget", () => {
    const cache = cacheAt({ now: 0 }, 10);
    cache.store("a", page("aaaa", ["a"]), cache.beginRender());
    cache.store("b", page("bbbb", ["b"]), cache.beginRender());
    cache.get("a");
    cache.store("c", page("cccc", ["c"]), cache.beginRender());
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.body.toString()).toBe("aaaa");
    expect(cache.get("c")?.body.toString()).toBe("cccc");
    expect(cache.storedBytes).toBe(8);
    // An evicted page's tags no longer point at it: invalidating them drops nothing else.
    cache.invalidate(["b"]);
    expect(cache.size).toBe(2);
  });

  it("replaces a page stored twice under one key without counting its bytes twice", () => {
    const cache = cacheAt({ now: 0 });
    cache.store("/", page("first", ["home"]), cache.beginRender());
    cache.store("/", page("second", ["home", "question:1"]), cache.beginRender());
    expect(cache.storedBytes).toBe(6);
    cache.invalidate(["question:1"]);
    expect(cache.size).toBe(0);
    expect(cache.storedBytes).toBe(0);
  });
});

describe("tagBatches", () => {
  it("splits many tags into NOTIFY payloads under 8,000 bytes, each tag once", () => {
    const tags = Array.from({ length: 2_000 }, (_, i) => `question:${i}`);
    const batches = tagBatches([...tags, "question:1"]);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(JSON.stringify(batch).length).toBeLessThan(8_000);
    expect(batches.flat()).toEqual(tags);
  });
});
