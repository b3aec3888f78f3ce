"use server";

import { redirect } from "next/navigation";
import { attempt } from "@/app/_lib/form-action";
import { list, text } from "@/app/_lib/form-data";
import { resolveComplaints } from "@/lib/complaints/resolve-complaints";
import { ZComplaintQueueFilter } from "@/lib/validation/complaint";
import type { FormState } from "@/lib/validation/form-state";

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

/** On failure the message (CONFLICT, FORBIDDEN …) and the fields' errors; the form keeps what was chosen and typed. */
export async function resolveComplaintsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = {
    targetType: text(formData, "targetType"),
    targetId: text(formData, "targetId"),
    complaintIds: list(formData, "complaintIds"),
    action: text(formData, "action"),
    reason: text(formData, "reason"),
    suspendDays: text(formData, "suspendDays") || undefined,
  };
  const outcome = await attempt(
    {
      what: "resolving complaints",
      context: { targetType: input.targetType, targetId: input.targetId },
      values: {},
    },
    (actor) => resolveComplaints({ actor, input }),
  );
  if (!outcome.ok) return outcome;
  // The decided group leaves the queue; the page it lands on confirms what was done.
  redirect(queuePath(text(formData, "returnQuery"), outcome.result.action));
}
