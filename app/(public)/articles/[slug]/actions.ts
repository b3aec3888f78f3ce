"use server";

import { revalidatePath } from "next/cache";
import { attempt } from "@/app/_lib/form-action";
import { text } from "@/app/_lib/form-data";
import { type RatedArticle, rateArticle } from "@/lib/articles/rate-article";
import type { FormState } from "@/lib/validation/form-state";

type RateArticleState = FormState<object, RatedArticle>;

export async function rateArticleAction(_previous: RateArticleState, formData: FormData): Promise<RateArticleState> {
  const articleId = text(formData, "articleId");
  const slug = text(formData, "slug") ?? "";
  const outcome = await attempt(
    {
      what: "rating an article",
      context: { articleId },
      values: {},
      unexpected: "Your rating could not be saved because of a problem on our side. Please try again.",
    },
    (actor) => rateArticle({ actor, articleId, stars: text(formData, "stars") }),
  );
  if (!outcome.ok) return outcome;
  if (/^[a-z0-9-]{1,160}$/.test(slug)) revalidatePath(`/articles/${slug}`);
  return { ok: true, at: Date.now(), ...outcome.result };
}
