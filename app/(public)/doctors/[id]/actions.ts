"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { removeDoctorPhoto } from "@/lib/doctors/remove-doctor-photo";
import { isDomainError } from "@/lib/errors";

export type RemovePhotoState =
  | { ok: null }
  | { ok: true; at: number }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; reason: string };

/** Staff remove a doctor's unsuitable photo, with the reason the doctor is told. */
export async function removeDoctorPhotoAction(
  _previous: RemovePhotoState,
  formData: FormData,
): Promise<RemovePhotoState> {
  const doctorId = String(formData.get("doctorId") ?? "");
  const reason = String(formData.get("reason") ?? "");
  try {
    await removeDoctorPhoto({ actor: await currentActor(), doctorId, input: { reason } });
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, reason };
    console.error("removing a doctor's photo failed unexpectedly", { doctorId }, error);
    return {
      ok: false,
      message: "The photo could not be removed because of a problem on our side. Please try again.",
      fieldErrors: {},
      reason,
    };
  }
  if (/^[a-z0-9]{1,40}$/i.test(doctorId)) revalidatePath(`/doctors/${doctorId}`);
  return { ok: true, at: Date.now() };
}
