// Deterministic helpers: the same seed run against an empty database always produces the same content
// (dates are relative to the day the seed runs, so the demo never looks stale).
import { randomBytes } from "node:crypto";

/** mulberry32: a tiny seeded generator; good enough for spreading demo dates and view counts. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * A cuid-shaped id ("c" + 24 lowercase base36 characters). Thread messages are inserted with createMany,
 * so replies need their parent's id before the insert.
 */
export function newId(): string {
  const bytes = randomBytes(24);
  let id = "c";
  for (const byte of bytes) id += BASE36[byte % 36];
  return id;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Midnight UTC of the day `daysAgo` days before `now`, plus `minuteOfDay` minutes. */
export function daysBefore(now: Date, daysAgo: number, minuteOfDay = 0): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(midnight - daysAgo * DAY + minuteOfDay * MINUTE);
}

export function minutesAfter(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * MINUTE);
}
