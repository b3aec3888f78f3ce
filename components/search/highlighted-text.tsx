import type { TextSegment } from "@/lib/search/search-questions";

/** Text with the matched words marked, built from plain segments: nothing from the database is HTML. */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return segments.map((segment, index) =>
    segment.highlighted ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments are static text in order.
      <mark key={index} className="rounded bg-warning-soft px-0.5 text-ink">
        {segment.text}
      </mark>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments are static text in order.
      <span key={index}>{segment.text}</span>
    ),
  );
}
