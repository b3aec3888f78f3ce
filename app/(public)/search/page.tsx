import { SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionStatusBadge } from "@/components/questions/question-status-badge";
import { HighlightedText } from "@/components/search/highlighted-text";
import { SearchForm } from "@/components/search/search-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Pagination } from "@/components/ui/pagination";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { searchQuestions } from "@/lib/search/search-questions";
import { listSpecialties } from "@/lib/specialties/list-specialties";
import { ZSearchParams } from "@/lib/validation/search";

type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { q } = ZSearchParams.parse(await searchParams);
  // Result pages are endless combinations of words: useful to people, noise to search engines.
  return { title: q ? `“${q}” — search` : "Search", robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = ZSearchParams.parse(await searchParams);
  const viewer = await currentActor();
  const [result, specialties] = await Promise.all([
    searchQuestions({
      viewer,
      query: params.q,
      specialtySlug: params.specialty,
      status: params.status,
      page: params.page,
    }).catch((error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listSpecialties(),
  ]);
  const query = { q: params.q || undefined, specialty: params.specialty, status: params.status };

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Search questions and answers</h1>
      <SearchForm query={params.q} specialty={params.specialty} status={params.status} specialties={specialties} />

      {params.q && result.total > 0 && (
        <p className="text-muted" aria-live="polite">
          {pluralize(result.total, "question", "questions")}
          {result.totalIsLowerBound && " or more"} found
        </p>
      )}

      {params.q && result.total === 0 && (
        <EmptyState
          headingLevel="h2"
          icon={<SearchX aria-hidden="true" className="size-8 text-muted" />}
          title="Nothing found"
        >
          <ul className="flex list-disc flex-col gap-1 pl-5 text-left">
            {result.suggestions?.didYouMean && (
              <li>
                Did you mean{" "}
                <Link href={`/search?${new URLSearchParams({ ...clean(query), q: result.suggestions.didYouMean })}`}>
                  {result.suggestions.didYouMean}
                </Link>
                ?
              </li>
            )}
            {result.suggestions?.withoutFilters && (
              <li>
                There are matches in other specialties or statuses:{" "}
                <Link href={`/search?${new URLSearchParams({ q: params.q })}`}>search without filters</Link>.
              </li>
            )}
            {result.suggestions?.fewerWords && <li>Try fewer or more general words, such as the main symptom.</li>}
            <li>
              Or <Link href={`/ask${params.specialty ? `?specialty=${params.specialty}` : ""}`}>ask a doctor</Link>:
              they answer for free.
            </li>
          </ul>
        </EmptyState>
      )}

      {result.items.length > 0 && (
        <ol className="flex flex-col gap-3">
          {result.items.map((hit) => (
            <li key={hit.id}>
              <article
                aria-labelledby={`hit-${hit.id}`}
                className="rounded-xl border border-line bg-surface p-4 sm:p-5"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone="brand">{hit.specialty.name}</Badge>
                  <QuestionStatusBadge status={hit.status} answerCount={hit.answerCount} />
                </div>
                <h2 id={`hit-${hit.id}`} className="mt-2 text-lg font-semibold leading-snug">
                  <Link
                    href={`/questions/${hit.id}`}
                    className="text-ink underline decoration-line hover:decoration-brand"
                  >
                    <HighlightedText segments={hit.title} />
                  </Link>
                </h2>
                {hit.snippet.length > 0 && (
                  <p className="mt-1 break-words text-muted">
                    {hit.snippetSource === "answer" && (
                      <span className="font-semibold text-ink">From a doctor's answer: </span>
                    )}
                    <HighlightedText segments={hit.snippet} />
                  </p>
                )}
                <p className="mt-2 flex flex-wrap gap-x-3 text-muted">
                  <span>
                    {hit.shownName}
                    {hit.shownCity && `, ${hit.shownCity}`}
                  </span>
                  <FormattedDate date={hit.createdAt} />
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}

      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        basePath="/search"
        query={query}
        label="Result pages"
        previousLabel="Previous results"
        nextLabel="More results"
      />
    </div>
  );
}

function clean(query: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
