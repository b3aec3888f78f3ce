/** A `?page=` value as a page number: anything but a plain positive whole number reads as page 1. */
export function pageParam(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(Number(raw), 1);
}
