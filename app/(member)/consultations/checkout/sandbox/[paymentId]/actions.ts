"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { completeSandboxCheckout } from "@/lib/payments/complete-sandbox-checkout";

export type SandboxCheckoutState = { ok: null } | { ok: false; message: string };

export async function completeSandboxCheckoutAction(
  _previous: SandboxCheckoutState,
  formData: FormData,
): Promise<SandboxCheckoutState> {
  const paymentId = String(formData.get("paymentId") ?? "");
  const outcome = formData.get("outcome") === "decline" ? "decline" : "pay";
  let consultationId: string;
  try {
    ({ consultationId } = await completeSandboxCheckout({ actor: await currentActor(), paymentId, outcome }));
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message };
    console.error("sandbox checkout failed unexpectedly", { paymentId, outcome, error });
    return {
      ok: false,
      message:
        "The payment could not be completed because of a problem on our side. Nothing was charged: please try again.",
    };
  }
  redirect(`/consultations/${encodeURIComponent(consultationId)}`);
}
