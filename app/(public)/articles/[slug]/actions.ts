"use server";

import { revalidatePath } from "next/cache";
import type { ArticleRatingSummary } from "@/lib/articles/article-rating-summary";
import { rateArticle } from "@/lib/articles/rate-article";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";

export type RateArticleState =
  | { ok: null }
  | { ok: true; stars: number; summary: ArticleRatingSummary; at: number }
  | { ok: false; message: string };

export async function rateArticleAction(_previous: RateArticleState, formData: FormData): Promise<RateArticleState> {
  const articleId = formData.get("articleId");
  const slug = String(formData.get("slug") ?? "");
  try {
    const rated = await rateArticle({ actor: await currentActor(), articleId, stars: formData.get("stars") });
    if (/^[a-z0-9-]{1,160}$/.test(slug)) revalidatePath(`/articles/${slug}`);
    return { ok: true, stars: rated.stars, summary: rated.summary, at: Date.now() };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message };
    console.error("rating an article failed unexpectedly", { articleId }, error);
    return { ok: false, message: "Your rating could not be saved because of a problem on our side. Please try again." };
  }
}
