"use server";

import { redirect } from "next/navigation";
import { text } from "@/app/_lib/form-data";
import { writeArticle } from "@/lib/articles/write-article";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";

export type ArticleValues = { title?: string; summary?: string; specialtyId?: string; body?: string };

export type WriteArticleState =
  | { ok: null }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: ArticleValues };

export async function writeArticleAction(_previous: WriteArticleState, formData: FormData): Promise<WriteArticleState> {
  const values: ArticleValues = {
    title: text(formData, "title"),
    summary: text(formData, "summary"),
    specialtyId: text(formData, "specialtyId") || undefined,
    body: text(formData, "body"),
  };
  let slug: string;
  try {
    ({ slug } = await writeArticle({ actor: await currentActor(), input: values }));
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
    console.error("writing an article failed unexpectedly", error);
    return {
      ok: false,
      message:
        "Your article could not be saved because of a problem on our side. Nothing you typed is lost: please try again.",
      fieldErrors: {},
      values,
    };
  }
  redirect(`/articles/${slug}?published=1`);
}
