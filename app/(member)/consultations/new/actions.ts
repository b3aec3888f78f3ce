"use server";

import { redirect } from "next/navigation";
import { attempt } from "@/app/_lib/form-action";
import { list, text } from "@/app/_lib/form-data";
import { startConsultation } from "@/lib/consultations/start-consultation";
import { CheckoutUnavailableError } from "@/lib/payments/open-checkout";
import type { ZStartConsultation } from "@/lib/validation/consultation";
import type { FormState, FormValues } from "@/lib/validation/form-state";

type StartConsultationState = FormState<FormValues<typeof ZStartConsultation>>;

export async function startConsultationAction(
  _previous: StartConsultationState,
  formData: FormData,
): Promise<StartConsultationState> {
  const values = {
    doctorId: text(formData, "doctorId"),
    sourceQuestionId: text(formData, "sourceQuestionId") || undefined,
    subject: text(formData, "subject"),
    body: text(formData, "body"),
    attachmentIds: list(formData, "attachmentIds"),
  };
  const outcome = await attempt(
    {
      what: "starting a consultation",
      context: { doctorId: values.doctorId },
      values,
      unexpected:
        "Your consultation could not be saved because of a problem on our side. Nothing you typed is lost: please try again.",
    },
    async (actor) => {
      try {
        return await startConsultation({ actor, input: values });
      } catch (error) {
        // Saved, but the payment page would not open: paying again happens from the consultation itself.
        if (error instanceof CheckoutUnavailableError)
          return { consultationId: error.consultationId, checkoutUrl: null };
        throw error;
      }
    },
  );
  if (!outcome.ok) return outcome;
  const { consultationId, checkoutUrl } = outcome.result;
  redirect(checkoutUrl ?? `/consultations/${consultationId}`);
}
