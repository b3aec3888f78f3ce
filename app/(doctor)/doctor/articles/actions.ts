"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt } from "@/app/_lib/form-action";
import { text } from "@/app/_lib/form-data";
import { updateArticle } from "@/lib/articles/update-article";
import { writeArticle } from "@/lib/articles/write-article";
import type { ArticleValues } from "@/lib/validation/article";
import type { FormState } from "@/lib/validation/form-state";

type ArticleFormState = FormState<ArticleValues>;

const UNEXPECTED = "because of a problem on our side. Nothing you typed is lost: please try again.";

/** The article's fields as sent; an empty specialty is absent, so the schema asks to choose one. */
const articleValues = (formData: FormData): ArticleValues => ({
  title: text(formData, "title"),
  summary: text(formData, "summary"),
  specialtyId: text(formData, "specialtyId") || undefined,
  body: text(formData, "body"),
});

export async function writeArticleAction(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const values = articleValues(formData);
  const outcome = await attempt(
    { what: "writing an article", values, unexpected: `Your article could not be saved ${UNEXPECTED}` },
    (actor) => writeArticle({ actor, input: values }),
  );
  if (!outcome.ok) return outcome;
  redirect(`/articles/${outcome.result.slug}?published=1`);
}

export async function updateArticleAction(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const values = articleValues(formData);
  const articleId = Number(text(formData, "articleId"));
  const outcome = await attempt(
    {
      what: "editing an article",
      context: { articleId },
      values,
      unexpected: `Your changes could not be saved ${UNEXPECTED}`,
    },
    (actor) => updateArticle({ actor, articleId, input: values }),
  );
  if (!outcome.ok) return outcome;
  const { slug } = outcome.result;
  revalidatePath(`/articles/${slug}`);
  redirect(`/articles/${slug}?edited=1`);
}
