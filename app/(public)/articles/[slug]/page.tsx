import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleByline } from "@/components/articles/article-byline";
import { ArticleRating, type RatingMode } from "@/components/articles/article-rating";
import { ShareLinks } from "@/components/articles/share-links";
import { SimilarQuestions } from "@/components/questions/similar-questions";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { RichText } from "@/components/ui/rich-text";
import { type ArticleView, getArticle } from "@/lib/articles/get-article";
import { listArticleRelatedQuestions } from "@/lib/articles/list-article-related-questions";
import { can, type Viewer } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { cacheThisPage } from "@/lib/cache/page-cache-scope";
import { pageTags } from "@/lib/cache/page-tags";
import { env } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import { excerpt } from "@/lib/text/excerpt";

type ArticlePageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ published?: string; edited?: string }>;
};

// generateMetadata and the page share one lookup per request.
const loadArticle = cache(async (slug: string) => {
  const viewer = await currentActor();
  try {
    return { viewer, article: await getArticle({ viewer, slug }) };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { slug } = await params;
  const { article } = await loadArticle(slug);
  const description = article.summary ?? excerpt(article.body, 160);
  return {
    title: article.title,
    description,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: {
      type: "article",
      title: article.title,
      description,
      ...(article.publishedAt && { publishedTime: article.publishedAt.toISOString() }),
    },
    ...(article.hidden && { robots: { index: false, follow: false } }),
  };
}

function ratingMode(viewer: Viewer, article: ArticleView): RatingMode {
  if (!viewer) return "sign-in";
  if (article.viewerIsAuthor) return "author";
  return can(viewer, "article.rate") && !article.hidden ? "rate" : "cannot-rate";
}

export default async function ArticlePage({ params, searchParams }: ArticlePageProps) {
  const { slug } = await params;
  const { published, edited } = await searchParams;
  const { viewer, article } = await loadArticle(slug);
  const related = await listArticleRelatedQuestions({ viewer, article });
  if (!viewer) {
    cacheThisPage([
      pageTags.article(article.id),
      pageTags.doctor(article.author.id),
      ...related.map((question) => pageTags.question(question.id)),
    ]);
  }
  const shareUrl = new URL(`/articles/${article.slug}`, env().NEXTAUTH_URL).toString();

  return (
    <div className="flex flex-col gap-8">
      <Link href="/articles" className="inline-flex items-center gap-1 self-start">
        <ArrowLeft aria-hidden="true" className="size-4" />
        All articles
      </Link>
      {published === "1" && article.viewerIsAuthor && (
        <Alert role="status" tone="success" title="Your article is published">
          <p>Readers can find it in the list of articles and rate it.</p>
        </Alert>
      )}
      {edited === "1" && article.viewerIsAuthor && (
        <Alert role="status" tone="success" title="Your changes are saved" />
      )}
      {article.hidden && (
        <Alert tone="danger" title="Hidden by a moderator">
          <p>Only staff can see this article.</p>
        </Alert>
      )}

      <article className="flex flex-col gap-6">
        <header className="flex flex-col gap-4">
          <p>
            <Link href={`/articles?specialty=${article.specialty.slug}`} className="font-semibold">
              {article.specialty.name}
            </Link>
          </p>
          <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
          {article.summary && <p className="max-w-prose text-lg text-muted">{article.summary}</p>}
          <ArticleByline author={article.author} publishedAt={article.publishedAt} />
          {article.viewerIsAuthor && (
            <ButtonLink
              href={`/doctor/articles/${article.slug}/edit`}
              variant="secondary"
              size="sm"
              className="self-start"
            >
              Edit article
            </ButtonLink>
          )}
        </header>
        <RichText text={article.body} headingLevel={2} className="max-w-prose text-lg leading-relaxed" />
      </article>

      <ArticleRating
        articleId={article.id}
        slug={article.slug}
        summary={article.rating}
        viewerStars={article.viewerStars}
        mode={ratingMode(viewer, article)}
        signInHref={`/sign-in?callbackUrl=${encodeURIComponent(`/articles/${article.slug}`)}`}
      />
      <ShareLinks url={shareUrl} title={article.title} />
      <SimilarQuestions questions={related} heading="Questions on the topic" headingId="related-heading" />
      <p>
        <Link href="/articles">More articles by our doctors</Link>
      </p>
    </div>
  );
}
