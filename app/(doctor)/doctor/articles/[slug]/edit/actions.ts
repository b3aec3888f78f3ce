"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { text } from "@/app/_lib/form-data";
import { updateArticle } from "@/lib/articles/update-article";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import type { ArticleValues, WriteArticleState } from "../../new/actions";

export async function updateArticleAction(
  _previous: WriteArticleState,
  formData: FormData,
): Promise<WriteArticleState> {
  const values: ArticleValues = {
    title: text(formData, "title"),
    summary: text(formData, "summary"),
    specialtyId: text(formData, "specialtyId") || undefined,
    body: text(formData, "body"),
  };
  const articleId = Number(text(formData, "articleId"));
  let slug: string;
  try {
    ({ slug } = await updateArticle({ actor: await currentActor(), articleId, input: values }));
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
    console.error("editing an article failed unexpectedly", { articleId }, error);
    return {
      ok: false,
      message:
        "Your changes could not be saved because of a problem on our side. Nothing you typed is lost: please try again.",
      fieldErrors: {},
      values,
    };
  }
  revalidatePath(`/articles/${slug}`);
  redirect(`/articles/${slug}?edited=1`);
}
