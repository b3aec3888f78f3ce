import { Star } from "lucide-react";
import type { ArticleRatingSummary } from "@/lib/articles/article-rating-summary";

/** "2 ratings, average 4.5 out of 5", as on the seed page; "No ratings yet" before the first. */
export function ratingSummaryText({ count, average }: ArticleRatingSummary): string {
  if (count === 0 || average === null) return "No ratings yet";
  return `${count} ${count === 1 ? "rating" : "ratings"}, average ${average.toFixed(1)} out of 5`;
}

/** Five stars filled to the rounded average (decorative) and the summary in words. */
export function RatingSummary({ summary, id }: { summary: ArticleRatingSummary; id?: string }) {
  const filled = summary.average === null ? 0 : Math.round(summary.average);
  return (
    <p id={id} className="flex flex-wrap items-center gap-2">
      <span aria-hidden="true" className="inline-flex text-warning">
        {[1, 2, 3, 4, 5].map((star) => (
          <Star key={star} className="size-5" fill={star <= filled ? "currentColor" : "none"} />
        ))}
      </span>
      <span data-testid="rating-summary">{ratingSummaryText(summary)}</span>
    </p>
  );
}
