"use server";

import { redirect } from "next/navigation";
import { attempt } from "@/app/_lib/form-action";
import { list, text } from "@/app/_lib/form-data";
import { askQuestion } from "@/lib/questions/ask-question";
import type { FormState, FormValues } from "@/lib/validation/form-state";
import type { ZAskQuestion } from "@/lib/validation/question";

type AskState = FormState<FormValues<typeof ZAskQuestion>>;

export async function askAction(_previous: AskState, formData: FormData): Promise<AskState> {
  const values = {
    specialtyId: text(formData, "specialtyId") || undefined,
    title: text(formData, "title"),
    body: text(formData, "body"),
    shownName: text(formData, "shownName"),
    shownCity: text(formData, "shownCity"),
    attachmentIds: list(formData, "attachmentIds"),
    redFlags: list(formData, "redFlags"),
  };
  const outcome = await attempt(
    {
      what: "asking a question",
      values,
      unexpected:
        "Your question could not be saved because of a problem on our side. Nothing you typed is lost: please try again.",
    },
    (actor) => askQuestion({ actor, input: values }),
  );
  if (!outcome.ok) return outcome;
  redirect(`/questions/${outcome.result.questionId}?asked=1`);
}
