"use server";

import { revalidatePath } from "next/cache";
import { attempt } from "@/app/_lib/form-action";
import { text } from "@/app/_lib/form-data";
import { reactToAnswer } from "@/lib/reactions/react-to-answer";
import type { FormState } from "@/lib/validation/form-state";

/** Thank (the asker) or agree (another doctor) with one answer. */
export async function reactToAnswerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const messageId = text(formData, "messageId") ?? "";
  const questionId = text(formData, "questionId") ?? "";
  const kind = text(formData, "kind") ?? "";
  const outcome = await attempt(
    {
      what: "reacting to an answer",
      context: { messageId, kind },
      values: {},
      unexpected: "That did not work because of a problem on our side. Please try again.",
    },
    (actor) => reactToAnswer({ actor, messageId, kind }),
  );
  if (!outcome.ok) return outcome;
  if (/^\d+$/.test(questionId)) revalidatePath(`/questions/${questionId}`);
  return { ok: true, at: Date.now() };
}
