import { type Db, db, type Tx } from "../db";

export type ArticleRatingSummary = {
  count: number;
  /** Mean of the stars, null when nobody has rated yet; rounding is the page's business. */
  average: number | null;
};

/** "N ratings, average X out of 5", counted and averaged by Postgres. */
export async function articleRatingSummary(articleId: number, client: Db | Tx = db()): Promise<ArticleRatingSummary> {
  const { _count, _avg } = await client.articleRating.aggregate({
    where: { articleId },
    _count: { _all: true },
    _avg: { stars: true },
  });
  return { count: _count._all, average: _avg.stars ?? null };
}
