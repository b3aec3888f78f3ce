"use server";

import { redirect } from "next/navigation";
import { text } from "@/app/_lib/form-data";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { askQuestion } from "@/lib/questions/ask-question";

export type AskValues = {
  specialtyId?: string;
  title?: string;
  body?: string;
  shownName?: string;
  shownCity?: string;
  attachmentIds?: string[];
  redFlags?: string[];
};

export type AskState =
  | { ok: null }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: AskValues };

export async function askAction(_previous: AskState, formData: FormData): Promise<AskState> {
  const values: AskValues = {
    specialtyId: text(formData, "specialtyId") || undefined,
    title: text(formData, "title"),
    body: text(formData, "body"),
    shownName: text(formData, "shownName"),
    shownCity: text(formData, "shownCity"),
    attachmentIds: formData.getAll("attachmentIds").filter((id): id is string => typeof id === "string"),
    redFlags: formData.getAll("redFlags").filter((code): code is string => typeof code === "string"),
  };
  let questionId: number;
  try {
    ({ questionId } = await askQuestion({ actor: await currentActor(), input: values }));
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
    console.error("asking a question failed unexpectedly", error);
    return {
      ok: false,
      message:
        "Your question could not be saved because of a problem on our side. Nothing you typed is lost: please try again.",
      fieldErrors: {},
      values,
    };
  }
  redirect(`/questions/${questionId}?asked=1`);
}
