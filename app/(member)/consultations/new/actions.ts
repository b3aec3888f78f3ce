"use server";

import { redirect } from "next/navigation";
import { text } from "@/app/_lib/form-data";
import { currentActor } from "@/lib/auth/session";
import { startConsultation } from "@/lib/consultations/start-consultation";
import { isDomainError } from "@/lib/errors";
import { CheckoutUnavailableError } from "@/lib/payments/open-checkout";
import { ZStartConsultation } from "@/lib/validation/consultation";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export type StartConsultationValues = {
  doctorId?: string;
  sourceQuestionId?: string;
  subject?: string;
  body?: string;
  attachmentIds?: string[];
};

export type StartConsultationState =
  | { ok: null }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: StartConsultationValues };

export async function startConsultationAction(
  _previous: StartConsultationState,
  formData: FormData,
): Promise<StartConsultationState> {
  const values: StartConsultationValues = {
    doctorId: text(formData, "doctorId"),
    sourceQuestionId: text(formData, "sourceQuestionId") || undefined,
    subject: text(formData, "subject"),
    body: text(formData, "body"),
    attachmentIds: formData.getAll("attachmentIds").filter((id): id is string => typeof id === "string"),
  };
  const parsed = ZStartConsultation.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  let checkoutUrl: string;
  try {
    ({ checkoutUrl } = await startConsultation({ actor: await currentActor(), input: parsed.data }));
  } catch (error) {
    // Saved, but the payment page would not open: paying again happens from the consultation itself.
    if (error instanceof CheckoutUnavailableError) redirect(`/consultations/${error.consultationId}`);
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
    console.error("starting a consultation failed unexpectedly", { doctorId: values.doctorId }, error);
    return {
      ok: false,
      message:
        "Your consultation could not be saved because of a problem on our side. Nothing you typed is lost: please try again.",
      fieldErrors: {},
      values,
    };
  }
  redirect(checkoutUrl);
}
