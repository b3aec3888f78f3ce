"use server";

import { revalidatePath } from "next/cache";
import { text } from "@/app/_lib/form-data";
import { currentActor } from "@/lib/auth/session";
import { fileComplaint } from "@/lib/complaints/file-complaint";
import { isDomainError } from "@/lib/errors";

/** The Complain dialog's state: on failure the message and the fields' errors; what was typed stays in the form. */
export type ComplaintFormState =
  | { ok: null }
  | { ok: true; at: number }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> };

export async function fileComplaintAction(
  _previous: ComplaintFormState,
  formData: FormData,
): Promise<ComplaintFormState> {
  const input = {
    targetType: text(formData, "targetType"),
    targetId: text(formData, "targetId"),
    reason: text(formData, "reason"),
    note: text(formData, "note"),
    about: text(formData, "about") || undefined,
  };
  try {
    const filed = await fileComplaint({ actor: await currentActor(), input });
    // Only a report that hid something changes what the thread shows.
    const questionId = text(formData, "questionId");
    if (filed.autoHidden && questionId && /^\d+$/.test(questionId)) revalidatePath(`/questions/${questionId}`);
    return { ok: true, at: Date.now() };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error(
      "filing a complaint failed unexpectedly",
      { targetType: input.targetType, targetId: input.targetId },
      error,
    );
    return {
      ok: false,
      message: "Your report was not sent because of a problem on our side. Please try again in a moment.",
      fieldErrors: {},
    };
  }
}
