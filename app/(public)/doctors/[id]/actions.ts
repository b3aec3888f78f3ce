"use server";

import { revalidatePath } from "next/cache";
import { attempt } from "@/app/_lib/form-action";
import { text } from "@/app/_lib/form-data";
import { moderateDoctorProfile } from "@/lib/doctors/moderate-doctor-profile";
import type { ZModerateDoctorProfile } from "@/lib/validation/doctor";
import type { FormState, FormValues } from "@/lib/validation/form-state";

type ModerateProfileState = FormState<FormValues<typeof ZModerateDoctorProfile>, { removed: boolean }>;

/** Staff take down a doctor's unsuitable photo or introduction, with the reason the doctor is told. */
export async function moderateDoctorProfileAction(
  _previous: ModerateProfileState,
  formData: FormData,
): Promise<ModerateProfileState> {
  const doctorId = text(formData, "doctorId") ?? "";
  const values = { remove: text(formData, "remove") ?? "", reason: text(formData, "reason") ?? "" };
  const outcome = await attempt(
    {
      what: "moderating a doctor's profile",
      context: { doctorId },
      values,
      unexpected: "Nothing was removed because of a problem on our side. Please try again.",
    },
    (actor) => moderateDoctorProfile({ actor, doctorId, input: values }),
  );
  if (!outcome.ok) return outcome;
  if (/^[a-z0-9]{1,40}$/i.test(doctorId)) revalidatePath(`/doctors/${doctorId}`);
  return { ok: true, at: Date.now(), removed: outcome.result.removed };
}
