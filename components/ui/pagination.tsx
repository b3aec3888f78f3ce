import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";

type PaginationProps = {
  page: number;
  pageCount: number;
  /** The list's path; page 1 links here without a page number, others add page=N. */
  basePath: string;
  /** Other query parameters the list keeps from page to page (filters). */
  query?: Record<string, string | undefined>;
  label?: string;
  /** What the links lead to: lists differ ("Newer questions", "Older entries", "Signed up later"). */
  previousLabel?: string;
  nextLabel?: string;
};

function hrefFor(basePath: string, page: number, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

const LINK =
  "inline-flex min-h-11 items-center gap-1 rounded-lg border border-field bg-surface px-3 font-semibold no-underline";

export function Pagination({
  page,
  pageCount,
  basePath,
  query,
  label = "Pages",
  previousLabel = "Newer questions",
  nextLabel = "Older questions",
}: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(basePath, Math.min(page - 1, pageCount), query)} rel="prev" className={LINK}>
          <ChevronLeft aria-hidden="true" className="size-5" />
          {previousLabel}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(basePath, page + 1, query)} rel="next" className={LINK}>
          {nextLabel}
          <ChevronRight aria-hidden="true" className="size-5" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
