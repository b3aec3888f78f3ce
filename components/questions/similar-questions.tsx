import { Lock } from "lucide-react";
import Link from "next/link";
import { pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";

/** What a similar question shows: the seed page's "Similar questions on the topic" line, and no more. */
export type SimilarQuestion = {
  id: number;
  title: string;
  answerCount: number;
  createdAt: Date | string;
  shownName: string;
  shownCity: string | null;
  status: "OPEN" | "CLOSED";
};

type SimilarQuestionsProps = {
  questions: readonly SimilarQuestion[];
  heading: string;
  headingId: string;
  /** Open links in a new tab, so a patient halfway through asking keeps their form. */
  newTab?: boolean;
};

export function SimilarQuestions({ questions, heading, headingId, newTab = false }: SimilarQuestionsProps) {
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-xl font-bold sm:text-2xl">
        {heading}
      </h2>
      <ul className="flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
        {questions.map((question) => (
          <li key={question.id} className="px-4 py-3">
            <Link
              href={`/questions/${question.id}`}
              className="font-semibold text-ink underline decoration-line hover:decoration-brand"
              {...(newTab && { target: "_blank", rel: "noopener" })}
            >
              {question.title}
              {newTab && <span className="sr-only"> (opens in a new tab)</span>}
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
              <span>{pluralize(question.answerCount, "answer", "answers")}</span>
              <FormattedDate date={new Date(question.createdAt)} />
              <span>
                {question.shownName}
                {question.shownCity && `, ${question.shownCity}`}
              </span>
              {question.status === "CLOSED" && (
                <span className="inline-flex items-center gap-1">
                  <Lock aria-hidden="true" className="size-4" />
                  Question closed
                </span>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
