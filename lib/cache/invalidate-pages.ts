// What use-cases call after their commit when they changed something a cached page shows. Every web process keeps
// its own page cache, so the tags go out on a Postgres channel that each of them LISTENs to (the worker's writes
// too); the process that made the change also drops its own copies at once, without waiting for the round trip.
import { db } from "../db";
import { localPageCache } from "./page-cache-registry";

export const PAGE_CACHE_CHANNEL = "consilium_page_cache";

/** NOTIFY payloads must stay under 8,000 bytes; tags are split into messages of at most this many characters. */
const MAX_PAYLOAD_CHARS = 7_000;

export function tagBatches(tags: readonly string[]): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let size = 2;
  for (const tag of new Set(tags)) {
    if (batch.length > 0 && size + tag.length + 3 > MAX_PAYLOAD_CHARS) {
      batches.push(batch);
      batch = [];
      size = 2;
    }
    batch.push(tag);
    size += tag.length + 3;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Drops every cached page showing one of these tags, in every web process. The change is committed already, so a
 * failure to notify is logged, not thrown: the pages then live until their time-to-live runs out.
 */
export async function invalidatePages(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  localPageCache()?.invalidate(tags);
  try {
    for (const batch of tagBatches(tags)) {
      await db().$executeRaw`SELECT pg_notify(${PAGE_CACHE_CHANNEL}, ${JSON.stringify(batch)})`;
    }
  } catch (error) {
    console.error("invalidatePages: could not notify other processes", { tags, error });
  }
}

/** The tags of a NOTIFY payload, or none when it is not one of ours. */
export function parseTagPayload(payload: string): string[] {
  try {
    const parsed: unknown = JSON.parse(payload);
    return Array.isArray(parsed) ? parsed.filter((tag): tag is string => typeof tag === "string") : [];
  } catch {
    return [];
  }
}

/** `return invalidatePagesAfter(db().$transaction(…), tags)`: the tags are invalidated once the work has committed. */
export async function invalidatePagesAfter<T>(
  work: Promise<T>,
  tags: readonly string[] | ((result: T) => readonly string[]),
): Promise<T> {
  const result = await work;
  await invalidatePages(typeof tags === "function" ? tags(result) : tags);
  return result;
}
