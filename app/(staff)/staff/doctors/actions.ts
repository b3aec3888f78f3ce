"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { text } from "@/app/_lib/form-data";
import { currentActor } from "@/lib/auth/session";
import { decideDoctorVerification } from "@/lib/doctors/decide-doctor-verification";
import { isDomainError } from "@/lib/errors";

/** On failure the message comes back (and the form keeps what was typed); success leaves the page. */
export type DoctorDecisionState =
  | { ok: null }
  | { ok: false; code: string; message: string; fieldErrors: Record<string, string[]> };

export async function decideDoctorAction(
  _previous: DoctorDecisionState,
  formData: FormData,
): Promise<DoctorDecisionState> {
  const input = {
    doctorId: text(formData, "doctorId"),
    decision: text(formData, "decision"),
    reason: text(formData, "reason"),
  };
  let verification: "VERIFIED" | "REJECTED";
  try {
    ({ verification } = await decideDoctorVerification({ actor: await currentActor(), input }));
  } catch (error) {
    if (isDomainError(error)) {
      return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    }
    console.error("deciding a doctor's verification failed unexpectedly", { doctorId: input.doctorId }, error);
    return {
      ok: false,
      code: "UNEXPECTED",
      message: "That did not work because of a problem on our side. Nothing was changed: please try again.",
      fieldErrors: {},
    };
  }
  // The decided doctor leaves the list, so the confirmation is shown by the page, above it.
  revalidatePath("/staff/doctors");
  const tab = text(formData, "state") === "REJECTED" ? "state=REJECTED&" : "";
  redirect(`/staff/doctors?${tab}done=${verification === "VERIFIED" ? "approved" : "rejected"}`);
}
