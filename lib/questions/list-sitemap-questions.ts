import { db } from "../db";

/** A sitemap holds at most 50,000 URLs; past that the sitemap needs an index (not yet: far from it). */
export const SITEMAP_LIMIT = 50_000;

export type SitemapQuestion = { id: number; lastModified: Date };

/** Every question a visitor may read, newest activity first, for sitemap.xml. */
export async function listSitemapQuestions(): Promise<SitemapQuestion[]> {
  const rows = await db().question.findMany({
    where: { hiddenAt: null, deletedAt: null },
    select: { id: true, lastActivityAt: true },
    orderBy: { lastActivityAt: "desc" },
    take: SITEMAP_LIMIT,
  });
  return rows.map((row) => ({ id: row.id, lastModified: row.lastActivityAt }));
}
