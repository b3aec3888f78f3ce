import { db } from "../db";

/** Every published, visible article's address and last change, for the sitemap. */
export async function listSitemapArticles(): Promise<{ slug: string; lastModified: Date }[]> {
  const rows = await db().article.findMany({
    where: { publishedAt: { not: null }, hiddenAt: null },
    orderBy: { publishedAt: "desc" },
    take: 10_000,
    select: { slug: true, updatedAt: true },
  });
  return rows.map((row) => ({ slug: row.slug, lastModified: row.updatedAt }));
}
