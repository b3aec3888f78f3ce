import { MessageCircleQuestion } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionCard } from "@/components/questions/question-card";
import { QuestionFilters } from "@/components/questions/question-filters";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { pluralize } from "@/components/ui/format";
import { Pagination } from "@/components/ui/pagination";
import { currentActor } from "@/lib/auth/session";
import { cacheThisPage } from "@/lib/cache/page-cache-scope";
import { pageTags } from "@/lib/cache/page-tags";
import { isDomainError } from "@/lib/errors";
import { listQuestions } from "@/lib/questions/list-questions";
import { listSpecialties } from "@/lib/specialties/list-specialties";
import { ZQuestionListFilter } from "@/lib/validation/question";

export const metadata: Metadata = {
  title: { absolute: "Consilium — free answers from doctors" },
  alternates: { canonical: "/" },
};

const PAGE_SIZE = 20;

type HomeProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function WelcomeBanner({ welcome, denied }: { welcome: unknown; denied: unknown }) {
  if (welcome === "doctor") {
    return (
      <Alert role="status" tone="success" title="Welcome to Consilium. Your account awaits verification.">
        <p>
          An administrator will check your credentials. Until then you can read every question; you can answer once your
          account is verified.
        </p>
      </Alert>
    );
  }
  if (welcome === "patient") {
    return (
      <Alert role="status" tone="success" title="Welcome to Consilium. Your account is ready.">
        <p>Ask your question, and doctors will answer it here.</p>
      </Alert>
    );
  }
  if (denied === "1") {
    return (
      <Alert role="status" tone="info" title="That page is not available to your account.">
        <p>You were brought back to the questions.</p>
      </Alert>
    );
  }
  return null;
}

export default async function HomePage({ searchParams }: HomeProps) {
  const params = await searchParams;
  const filter = ZQuestionListFilter.parse({ page: params.page, show: params.show, specialty: params.specialty });
  const page = filter.page;
  const viewer = await currentActor();
  const [list, specialties] = await Promise.all([
    listQuestions({ viewer, page, pageSize: PAGE_SIZE, show: filter.show, specialtySlug: filter.specialty }).catch(
      (error: unknown) => {
        // A specialty that does not exist is a page that does not exist.
        if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
        throw error;
      },
    ),
    listSpecialties(),
  ]);
  if (!viewer) cacheThisPage([pageTags.home, ...list.items.map((question) => pageTags.question(question.id))]);
  const specialtyName = list.specialty?.name;
  const filtered = filter.show === "unanswered" || specialtyName !== undefined;
  const heading = `${filter.show === "unanswered" ? "Unanswered questions" : "Latest questions"}${specialtyName ? ` for a ${specialtyName.toLowerCase()}` : ""}`;

  return (
    <div className="flex flex-col gap-8">
      <WelcomeBanner welcome={params.welcome} denied={params.denied} />

      {page > 1 && <h1 className="sr-only">Questions to doctors, page {list.page}</h1>}
      {page === 1 && (
        <section aria-labelledby="hero-title" className="rounded-2xl bg-brand-soft px-5 py-7 sm:px-8 sm:py-10">
          <h1 id="hero-title" className="text-3xl font-bold leading-tight text-ink sm:text-4xl">
            Ask a doctor. Free, and in the open.
          </h1>
          <p className="mt-3 max-w-prose text-lg">
            On Consilium, doctors of many specialties answer health questions publicly and free of charge. Describe what
            worries you; the doctors' answers stay here for anyone with the same concern.
          </p>
          <ButtonLink href="/ask" size="lg" className="mt-5">
            Ask a doctor
          </ButtonLink>
        </section>
      )}

      <section aria-labelledby="latest-title" className="flex flex-col gap-4">
        <QuestionFilters show={filter.show} specialty={filter.specialty} specialties={specialties} />
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 id="latest-title" className="text-2xl font-bold">
            {heading}
          </h2>
          {list.total > 0 && <p className="text-muted">{pluralize(list.total, "question", "questions")}</p>}
        </div>

        {list.total === 0 && filtered ? (
          <EmptyState headingLevel="h3" title="No questions match">
            <p>
              {filter.show === "unanswered"
                ? "Doctors have answered every question here. "
                : "Nobody has asked a doctor of this specialty yet. "}
              <Link href={`/ask${filter.specialty ? `?specialty=${filter.specialty}` : ""}`}>Ask your question</Link> or{" "}
              <Link href="/">see all questions</Link>.
            </p>
          </EmptyState>
        ) : list.total === 0 ? (
          <EmptyState
            headingLevel="h3"
            icon={<MessageCircleQuestion aria-hidden="true" className="size-10 text-brand" />}
            title="No questions yet"
          >
            <p>
              Be the first to ask. Describe your symptoms and how long you have had them, and a doctor of the right
              specialty will answer here.
            </p>
          </EmptyState>
        ) : list.items.length === 0 ? (
          <EmptyState headingLevel="h3" title="There are no questions on this page">
            <p>
              The list has {pluralize(list.pageCount, "page", "pages")}.{" "}
              <Link href="/">Go to the latest questions</Link>.
            </p>
          </EmptyState>
        ) : (
          <ol className="flex flex-col gap-3">
            {list.items.map((question) => (
              <li key={question.id}>
                <QuestionCard question={question} />
              </li>
            ))}
          </ol>
        )}

        {list.page <= list.pageCount && (
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            basePath="/"
            query={{ show: filter.show === "unanswered" ? "unanswered" : undefined, specialty: filter.specialty }}
            label="Question pages"
          />
        )}
      </section>
    </div>
  );
}
