"use server";

import { revalidatePath } from "next/cache";
import { text } from "@/app/_lib/form-data";
import { currentActor } from "@/lib/auth/session";
import { updateConsultationOffer } from "@/lib/doctors/update-consultation-offer";
import { updateDoctorBio } from "@/lib/doctors/update-doctor-bio";
import { isDomainError } from "@/lib/errors";

export type OfferValues = { offersConsultations: "yes" | "no"; price?: string; currency?: string };

export type OfferState =
  | { ok: null }
  | { ok: true; at: number }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: OfferValues };

export async function updateConsultationOfferAction(_previous: OfferState, formData: FormData): Promise<OfferState> {
  const values: OfferValues = {
    offersConsultations: text(formData, "offersConsultations") === "yes" ? "yes" : "no",
    price: text(formData, "price"),
    currency: text(formData, "currency"),
  };
  const input = {
    offersConsultations: values.offersConsultations === "yes",
    // An empty price while declining means "keep the last one".
    price: values.price?.trim() ? values.price : undefined,
    currency: values.currency || undefined,
  };
  try {
    await updateConsultationOffer({ actor: await currentActor(), input });
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
    console.error("saving a consultation offer failed unexpectedly", error);
    return {
      ok: false,
      message: "Your offer could not be saved because of a problem on our side. Please try again.",
      fieldErrors: {},
      values,
    };
  }
  revalidatePath("/doctor/settings");
  return { ok: true, at: Date.now() };
}

export type BioState =
  | { ok: null }
  | { ok: true; at: number }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; bio: string };

export async function updateDoctorBioAction(_previous: BioState, formData: FormData): Promise<BioState> {
  const bio = text(formData, "bio") ?? "";
  try {
    await updateDoctorBio({ actor: await currentActor(), input: { bio } });
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, bio };
    console.error("saving a doctor's bio failed unexpectedly", error);
    return {
      ok: false,
      message: "Your text could not be saved because of a problem on our side. It is still here: please try again.",
      fieldErrors: {},
      bio,
    };
  }
  revalidatePath("/doctor/settings");
  return { ok: true, at: Date.now() };
}
