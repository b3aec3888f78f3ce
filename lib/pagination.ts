// The page window every paginated list uses: out-of-range or non-integer input falls back instead of failing, so a
// hand-edited ?page= in a URL shows the first page rather than an error.

/** The page number (1-based) and size to use, and the rows to skip. */
export function pageWindow(
  requested: { page: number; pageSize: number },
  limits: { defaultSize: number; maxSize: number },
): { current: number; size: number; skip: number } {
  const { page, pageSize } = requested;
  const size = Number.isInteger(pageSize) ? Math.min(Math.max(pageSize, 1), limits.maxSize) : limits.defaultSize;
  const current = Number.isSafeInteger(page) && page >= 1 ? page : 1;
  return { current, size, skip: (current - 1) * size };
}
