import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePagesAfter } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { DomainError } from "../errors";
import { ZRateArticle } from "../validation/article";
import { parseInput } from "../validation/parse-input";
import { type ArticleRatingSummary, articleRatingSummary } from "./article-rating-summary";

export type RateArticleOptions = {
  actor: Viewer;
  /** As the form sends them; parsed here with ZRateArticle. */
  articleId: unknown;
  stars: unknown;
  now?: Date;
};

export type RatedArticle = { stars: number; summary: ArticleRatingSummary };

export const OWN_ARTICLE = "You cannot rate your own article.";
const NOT_FOUND = "This article does not exist.";

/**
 * A signed-in reader gives an article 1–5 stars. One rating per reader and article: rating again changes it
 * (an upsert on the table's primary key, so two quick clicks never make two rows). Returns the new summary.
 */
export async function rateArticle({
  actor,
  articleId,
  stars,
  now = new Date(),
}: RateArticleOptions): Promise<RatedArticle> {
  const refusal = writeRefusal(actor, "rate articles", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "article.rate", undefined, now)) {
    throw new DomainError("FORBIDDEN", "Sign in to rate articles.");
  }
  const input = parseInput(ZRateArticle, { articleId, stars }, "Choose from 1 to 5 stars.");

  return invalidatePagesAfter(
    db().$transaction(async (tx) => {
      const article = await tx.article.findUnique({
        where: { id: input.articleId },
        select: { id: true, authorId: true, publishedAt: true, hiddenAt: true },
      });
      // Only what every reader can see may be rated: not a draft, not a hidden article, even by staff.
      if (
        !article ||
        article.publishedAt === null ||
        article.hiddenAt !== null ||
        !can(actor, "article.read", { authorId: article.authorId, published: true, hidden: false })
      ) {
        throw new DomainError("NOT_FOUND", NOT_FOUND);
      }
      if (article.authorId === actor.id) throw new DomainError("FORBIDDEN", OWN_ARTICLE);

      await tx.articleRating.upsert({
        where: { articleId_userId: { articleId: article.id, userId: actor.id } },
        create: { articleId: article.id, userId: actor.id, stars: input.stars, createdAt: now, updatedAt: now },
        update: { stars: input.stars, updatedAt: now },
      });
      return { stars: input.stars, summary: await articleRatingSummary(article.id, tx) };
    }),
    [pageTags.article(input.articleId), pageTags.articleList],
  );
}
