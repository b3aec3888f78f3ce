import { Eye } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { QuestionListItem } from "@/lib/questions/list-questions";
import { QuestionStatusBadge } from "./question-status-badge";

/** One question in a list: enough to decide whether to open it. */
export function QuestionCard({ question }: { question: QuestionListItem }) {
  const headingId = `question-${question.id}-title`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-line bg-surface p-4 sm:p-5">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{question.specialty.name}</Badge>
        <QuestionStatusBadge status={question.status} answerCount={question.answerCount} />
      </div>
      <h3 id={headingId} className="mt-2 text-lg font-semibold leading-snug">
        <Link href={`/questions/${question.id}`} className="text-ink underline decoration-line hover:decoration-brand">
          {question.title}
        </Link>
      </h3>
      {question.excerpt && <p className="mt-1 line-clamp-3 break-words text-muted">{question.excerpt}</p>}
      <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
        <span>
          {question.shownName}
          {question.shownCity && `, ${question.shownCity}`}
        </span>
        <FormattedDate date={question.createdAt} />
        <span className="inline-flex items-center gap-1">
          <Eye aria-hidden="true" className="size-4" />
          {pluralize(question.viewCount, "view", "views")}
        </span>
      </p>
    </article>
  );
}
