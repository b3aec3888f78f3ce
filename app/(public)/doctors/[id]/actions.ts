"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { moderateDoctorProfile } from "@/lib/doctors/moderate-doctor-profile";
import { isDomainError } from "@/lib/errors";

export type ModerateProfileValues = { remove: string; reason: string };

export type ModerateProfileState =
  | { ok: null }
  | { ok: true; at: number; removed: boolean }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: ModerateProfileValues };

/** Staff take down a doctor's unsuitable photo or introduction, with the reason the doctor is told. */
export async function moderateDoctorProfileAction(
  _previous: ModerateProfileState,
  formData: FormData,
): Promise<ModerateProfileState> {
  const doctorId = String(formData.get("doctorId") ?? "");
  const values = { remove: String(formData.get("remove") ?? ""), reason: String(formData.get("reason") ?? "") };
  let removed: boolean;
  try {
    ({ removed } = await moderateDoctorProfile({ actor: await currentActor(), doctorId, input: values }));
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
    console.error("moderating a doctor's profile failed unexpectedly", { doctorId }, error);
    return {
      ok: false,
      message: "Nothing was removed because of a problem on our side. Please try again.",
      fieldErrors: {},
      values,
    };
  }
  if (/^[a-z0-9]{1,40}$/i.test(doctorId)) revalidatePath(`/doctors/${doctorId}`);
  return { ok: true, at: Date.now(), removed };
}
