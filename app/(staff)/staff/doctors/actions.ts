"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt } from "@/app/_lib/form-action";
import { text } from "@/app/_lib/form-data";
import { decideDoctorVerification } from "@/lib/doctors/decide-doctor-verification";
import type { FormState } from "@/lib/validation/form-state";

/** On failure the message comes back (the form keeps what was typed); success leaves the page. */
export async function decideDoctorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = {
    doctorId: text(formData, "doctorId"),
    decision: text(formData, "decision"),
    reason: text(formData, "reason"),
  };
  const outcome = await attempt(
    { what: "deciding a doctor's verification", context: { doctorId: input.doctorId }, values: {} },
    (actor) => decideDoctorVerification({ actor, input }),
  );
  if (!outcome.ok) return outcome;
  // The decided doctor leaves the list, so the confirmation is shown by the page, above it.
  revalidatePath("/staff/doctors");
  const tab = text(formData, "state") === "REJECTED" ? "state=REJECTED&" : "";
  redirect(`/staff/doctors?${tab}done=${outcome.result.verification === "VERIFIED" ? "approved" : "rejected"}`);
}
