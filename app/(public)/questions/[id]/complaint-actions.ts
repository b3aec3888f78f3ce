"use server";

import { revalidatePath } from "next/cache";
import { attempt } from "@/app/_lib/form-action";
import { text } from "@/app/_lib/form-data";
import { fileComplaint } from "@/lib/complaints/file-complaint";
import type { FormState } from "@/lib/validation/form-state";

/** The Complain dialog's action: on failure the message and the fields' errors; what was typed stays in the form. */
export async function fileComplaintAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = {
    targetType: text(formData, "targetType"),
    targetId: text(formData, "targetId"),
    reason: text(formData, "reason"),
    note: text(formData, "note"),
    about: text(formData, "about") || undefined,
  };
  const outcome = await attempt(
    {
      what: "filing a complaint",
      context: { targetType: input.targetType, targetId: input.targetId },
      values: {},
      unexpected: "Your report was not sent because of a problem on our side. Please try again in a moment.",
    },
    (actor) => fileComplaint({ actor, input }),
  );
  if (!outcome.ok) return outcome;
  // Only a report that hid something changes what the thread shows.
  const questionId = text(formData, "questionId");
  if (outcome.result.autoHidden && questionId && /^\d+$/.test(questionId)) revalidatePath(`/questions/${questionId}`);
  return { ok: true, at: Date.now() };
}
