"use server";

import { redirect } from "next/navigation";
import { text } from "@/app/_lib/form-data";
import { currentActor } from "@/lib/auth/session";
import { resolveComplaints } from "@/lib/complaints/resolve-complaints";
import { isDomainError } from "@/lib/errors";
import { ZComplaintQueueFilter } from "@/lib/validation/complaint";

/** On failure the message (CONFLICT, FORBIDDEN …) and the fields' errors; the form keeps what was chosen and typed. */
export type ModerationFormState =
  | { ok: null }
  | { ok: false; code: string | null; message: string; fieldErrors: Record<string, string[]> };

/** The queue's filters to come back to, rebuilt from parsed values so the redirect never goes anywhere else. */
function queuePath(returnQuery: string | undefined, done: string): string {
  const filter = ZComplaintQueueFilter.parse(Object.fromEntries(new URLSearchParams(returnQuery ?? "")));
  const params = new URLSearchParams();
  if (filter.reason) params.set("reason", filter.reason);
  if (filter.specialty) params.set("specialty", filter.specialty);
  if (filter.medical) params.set("medical", "1");
  if (filter.page > 1) params.set("page", String(filter.page));
  params.set("done", done);
  return `/staff/moderation?${params}`;
}

export async function resolveComplaintsAction(
  _previous: ModerationFormState,
  formData: FormData,
): Promise<ModerationFormState> {
  const input = {
    targetType: text(formData, "targetType"),
    targetId: text(formData, "targetId"),
    complaintIds: formData.getAll("complaintIds").filter((id): id is string => typeof id === "string"),
    action: text(formData, "action"),
    reason: text(formData, "reason"),
    suspendDays: text(formData, "suspendDays") || undefined,
  };
  let action: string;
  try {
    ({ action } = await resolveComplaints({ actor: await currentActor(), input }));
  } catch (error) {
    if (isDomainError(error)) {
      return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    }
    console.error(
      "resolving complaints failed unexpectedly",
      { targetType: input.targetType, targetId: input.targetId },
      error,
    );
    return {
      ok: false,
      code: null,
      message: "That did not work because of a problem on our side. Nothing was changed: please try again.",
      fieldErrors: {},
    };
  }
  // The decided group leaves the queue; the page it lands on confirms what was done.
  redirect(queuePath(text(formData, "returnQuery"), action));
}
