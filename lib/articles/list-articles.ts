import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { pageWindow } from "../pagination";
import { findSpecialtyFilter } from "../specialties/find-specialty-filter";

export type ListArticlesOptions = {
  /** The list is the same for everyone: only published, visible articles. */
  viewer: Viewer;
  /** 1-based; anything else reads as 1. */
  page?: number;
  pageSize?: number;
  /** Only this specialty's articles; an unknown slug is NOT_FOUND. */
  specialtySlug?: string;
};

export type ArticleListItem = {
  slug: string;
  title: string;
  summary: string | null;
  specialty: { name: string; slug: string };
  authorName: string;
  publishedAt: Date;
  ratingCount: number;
  ratingAverage: number | null;
};

export type ArticleList = {
  items: ArticleListItem[];
  total: number;
  page: number;
  pageCount: number;
  specialty: { name: string; slug: string } | null;
};

const MAX_PAGE_SIZE = 50;

/** Published, visible articles, newest first, one page at a time, optionally of one specialty. */
export async function listArticles({
  page = 1,
  pageSize = 10,
  specialtySlug,
}: ListArticlesOptions): Promise<ArticleList> {
  const { current, size, skip } = pageWindow({ page, pageSize }, { defaultSize: 10, maxSize: MAX_PAGE_SIZE });
  const client = db();
  const specialty = await findSpecialtyFilter(specialtySlug);

  const where: Prisma.ArticleWhereInput = {
    publishedAt: { not: null },
    hiddenAt: null,
    ...(specialty && { specialtyId: specialty.id }),
  };
  const [total, rows] = await Promise.all([
    client.article.count({ where }),
    client.article.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: skip,
      take: size,
      select: {
        id: true,
        slug: true,
        title: true,
        summary: true,
        publishedAt: true,
        specialty: { select: { name: true, slug: true } },
        author: { select: { name: true } },
      },
    }),
  ]);
  // One grouped aggregate for the page's ratings.
  const ratings =
    rows.length === 0
      ? []
      : await client.articleRating.groupBy({
          by: ["articleId"],
          where: { articleId: { in: rows.map((row) => row.id) } },
          _count: { _all: true },
          _avg: { stars: true },
        });
  const ratingOf = new Map(ratings.map((group) => [group.articleId, group]));

  return {
    items: rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      specialty: row.specialty,
      authorName: row.author.name,
      publishedAt: row.publishedAt as Date,
      ratingCount: ratingOf.get(row.id)?._count._all ?? 0,
      ratingAverage: ratingOf.get(row.id)?._avg.stars ?? null,
    })),
    total,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / size)),
    specialty: specialty ? { name: specialty.name, slug: specialty.slug } : null,
  };
}
