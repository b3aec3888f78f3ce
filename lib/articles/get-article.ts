import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { doctorPhotoUrl } from "../doctors/doctor-photo-url";
import { DomainError } from "../errors";
import { PRIMARY_SPECIALTY_FIRST } from "../specialties/primary-first";
import { type ArticleRatingSummary, articleRatingSummary } from "./article-rating-summary";

export type GetArticleOptions = { viewer: Viewer; slug: string };

/** The byline as on the seed page: who wrote it and why a reader may trust it. */
export type ArticleAuthor = {
  id: string;
  name: string;
  /** Practitioner titles, primary first. */
  specialties: string[];
  university: string | null;
  degree: string | null;
  yearsOfExperience: number | null;
  verified: boolean;
  /** The verified author's profile photo; null for initials. */
  photoUrl: string | null;
};

export type ArticleView = {
  id: number;
  slug: string;
  title: string;
  summary: string | null;
  body: string;
  specialty: { id: number; name: string; slug: string };
  author: ArticleAuthor;
  publishedAt: Date | null;
  updatedAt: Date;
  /** Set only for staff, the only ones who may still read a hidden article. */
  hidden: boolean;
  rating: ArticleRatingSummary;
  /** The viewer's own stars, null when they have not rated (or are signed out). */
  viewerStars: number | null;
  viewerIsAuthor: boolean;
};

const SLUG = /^[a-z0-9-]{1,160}$/;
const NOT_FOUND = "This article does not exist.";

/** A published article by its address. Hidden articles are NOT_FOUND but for staff; drafts but for author and staff. */
export async function getArticle({ viewer, slug }: GetArticleOptions): Promise<ArticleView> {
  if (!SLUG.test(slug)) throw new DomainError("NOT_FOUND", NOT_FOUND);
  const row = await db().article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      body: true,
      publishedAt: true,
      hiddenAt: true,
      updatedAt: true,
      authorId: true,
      specialty: { select: { id: true, name: true, slug: true } },
      author: {
        select: {
          id: true,
          name: true,
          doctorProfile: {
            select: {
              university: true,
              degree: true,
              yearsOfExperience: true,
              verification: true,
              photoUpdatedAt: true,
              specialties: {
                select: { specialty: { select: { name: true } } },
                orderBy: PRIMARY_SPECIALTY_FIRST,
              },
            },
          },
        },
      },
    },
  });
  if (
    !row ||
    !can(viewer, "article.read", {
      authorId: row.authorId,
      published: row.publishedAt !== null,
      hidden: row.hiddenAt !== null,
    })
  ) {
    throw new DomainError("NOT_FOUND", NOT_FOUND);
  }

  const [rating, own] = await Promise.all([
    articleRatingSummary(row.id),
    viewer
      ? db().articleRating.findUnique({
          where: { articleId_userId: { articleId: row.id, userId: viewer.id } },
          select: { stars: true },
        })
      : null,
  ]);
  const profile = row.author.doctorProfile;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    specialty: row.specialty,
    author: {
      id: row.author.id,
      name: row.author.name,
      specialties: profile?.specialties.map((entry) => entry.specialty.name) ?? [],
      university: profile?.university ?? null,
      degree: profile?.degree ?? null,
      yearsOfExperience: profile?.yearsOfExperience ?? null,
      verified: profile?.verification === "VERIFIED",
      photoUrl: profile?.verification === "VERIFIED" ? doctorPhotoUrl(row.author.id, profile.photoUpdatedAt) : null,
    },
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    hidden: row.hiddenAt !== null,
    rating,
    viewerStars: own?.stars ?? null,
    viewerIsAuthor: viewer?.id === row.authorId,
  };
}
