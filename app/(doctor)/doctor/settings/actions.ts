"use server";

import { revalidatePath } from "next/cache";
import { attempt } from "@/app/_lib/form-action";
import { text } from "@/app/_lib/form-data";
import { updateConsultationOffer } from "@/lib/doctors/update-consultation-offer";
import { updateDoctorBio } from "@/lib/doctors/update-doctor-bio";
import type { ZConsultationOffer } from "@/lib/validation/consultation";
import type { ZDoctorBio } from "@/lib/validation/doctor";
import type { FormState, FormValues } from "@/lib/validation/form-state";

type OfferState = FormState<FormValues<typeof ZConsultationOffer>>;
type BioState = FormState<FormValues<typeof ZDoctorBio>>;

export async function updateConsultationOfferAction(_previous: OfferState, formData: FormData): Promise<OfferState> {
  const values = {
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
  const outcome = await attempt(
    {
      what: "saving a consultation offer",
      values,
      unexpected: "Your offer could not be saved because of a problem on our side. Please try again.",
    },
    (actor) => updateConsultationOffer({ actor, input }),
  );
  if (!outcome.ok) return outcome;
  revalidatePath("/doctor/settings");
  return { ok: true, at: Date.now() };
}

export async function updateDoctorBioAction(_previous: BioState, formData: FormData): Promise<BioState> {
  const values = { bio: text(formData, "bio") ?? "" };
  const outcome = await attempt(
    {
      what: "saving a doctor's bio",
      values,
      unexpected: "Your text could not be saved because of a problem on our side. It is still here: please try again.",
    },
    (actor) => updateDoctorBio({ actor, input: values }),
  );
  if (!outcome.ok) return outcome;
  revalidatePath("/doctor/settings");
  return { ok: true, at: Date.now() };
}
