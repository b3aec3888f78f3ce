import Link from "next/link";
import { personName } from "@/components/questions/labels";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { ArticleListItem } from "@/lib/articles/list-articles";
import { ratingSummaryText } from "./rating-summary";

export function ArticleCard({ article }: { article: ArticleListItem }) {
  return (
    <article className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <h3 className="text-xl font-semibold leading-snug">
        <Link href={`/articles/${article.slug}`} className="text-ink underline decoration-line hover:decoration-brand">
          {article.title}
        </Link>
      </h3>
      {article.summary && <p>{article.summary}</p>}
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-muted">
        <span>{personName(article.authorName, "DOCTOR")}</span>
        <span>{article.specialty.name}</span>
        <FormattedDate date={article.publishedAt} />
        <span>{ratingSummaryText({ count: article.ratingCount, average: article.ratingAverage })}</span>
      </p>
    </article>
  );
}
