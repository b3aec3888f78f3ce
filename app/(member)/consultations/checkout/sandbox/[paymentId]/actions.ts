"use server";

import { redirect } from "next/navigation";
import { attempt } from "@/app/_lib/form-action";
import { text } from "@/app/_lib/form-data";
import { completeSandboxCheckout } from "@/lib/payments/complete-sandbox-checkout";
import type { FormState } from "@/lib/validation/form-state";

export async function completeSandboxCheckoutAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const paymentId = text(formData, "paymentId") ?? "";
  const outcome = text(formData, "outcome") === "decline" ? "decline" : "pay";
  const done = await attempt(
    {
      what: "sandbox checkout",
      context: { paymentId, outcome },
      values: {},
      unexpected:
        "The payment could not be completed because of a problem on our side. Nothing was charged: please try again.",
    },
    (actor) => completeSandboxCheckout({ actor, paymentId, outcome }),
  );
  if (!done.ok) return done;
  redirect(`/consultations/${encodeURIComponent(done.result.consultationId)}`);
}
