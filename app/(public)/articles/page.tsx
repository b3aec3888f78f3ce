import { Newspaper } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/articles/article-card";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { pluralize } from "@/components/ui/format";
import { Pagination } from "@/components/ui/pagination";
import { SpecialtyFilterForm } from "@/components/ui/specialty-filter-form";
import { listArticles } from "@/lib/articles/list-articles";
import { can } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { cacheThisPage } from "@/lib/cache/page-cache-scope";
import { pageTags } from "@/lib/cache/page-tags";
import { isDomainError } from "@/lib/errors";
import { listSpecialties } from "@/lib/specialties/list-specialties";
import { ZArticleListFilter } from "@/lib/validation/article";

const PAGE_SIZE = 10;

type ArticlesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: ArticlesPageProps): Promise<Metadata> {
  const filter = ZArticleListFilter.parse(await searchParams);
  return {
    title: "Articles by our doctors",
    description: "Articles written by verified doctors: causes, examinations, treatment and prevention.",
    alternates: { canonical: filter.specialty ? `/articles?specialty=${filter.specialty}` : "/articles" },
  };
}

export default async function ArticlesPage({ searchParams }: ArticlesPageProps) {
  const params = await searchParams;
  const filter = ZArticleListFilter.parse({ page: params.page, specialty: params.specialty });
  const viewer = await currentActor();
  const [list, specialties] = await Promise.all([
    listArticles({ viewer, page: filter.page, pageSize: PAGE_SIZE, specialtySlug: filter.specialty }).catch(
      (error: unknown) => {
        if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
        throw error;
      },
    ),
    listSpecialties(),
  ]);
  if (!viewer) cacheThisPage([pageTags.articleList]);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">
            Articles by our doctors{list.specialty && <span className="sr-only">: {list.specialty.name}</span>}
          </h1>
          <p className="mt-2 text-muted">Written by verified doctors, newest first.</p>
        </div>
        {can(viewer, "article.write") && <ButtonLink href="/doctor/articles/new">Write an article</ButtonLink>}
      </div>

      <SpecialtyFilterForm action="/articles" specialties={specialties} selected={filter.specialty} />

      <section aria-labelledby="list-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 id="list-heading" className="text-2xl font-bold">
            {list.specialty ? `Articles for a ${list.specialty.name.toLowerCase()}` : "Latest articles"}
          </h2>
          {list.total > 0 && <p className="text-muted">{pluralize(list.total, "article", "articles")}</p>}
        </div>
        {list.total === 0 ? (
          <EmptyState
            headingLevel="h3"
            icon={<Newspaper aria-hidden="true" className="size-10 text-brand" />}
            title="No articles yet"
          >
            <p>
              {list.specialty
                ? "No doctor has written about this specialty yet. "
                : "Doctors have not written any articles yet. "}
              <Link href="/">Read the questions doctors answered</Link>.
            </p>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-4">
            {list.items.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={list.page}
          pageCount={list.pageCount}
          basePath="/articles"
          query={{ specialty: filter.specialty }}
          label="Pages of articles"
          previousLabel="Newer articles"
          nextLabel="Older articles"
        />
      </section>
    </div>
  );
}
