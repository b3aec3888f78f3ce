"use client";

import { useActionState } from "react";
import { completeSandboxCheckoutAction } from "@/app/(member)/consultations/checkout/sandbox/[paymentId]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IDLE } from "@/lib/validation/form-state";

/** "Pay 35.00 EUR" or "Decline": the sandbox stands in for the provider's hosted payment page. */
export function SandboxCheckoutForm({ paymentId, amount }: { paymentId: string; amount: string }) {
  const [state, formAction, pending] = useActionState(completeSandboxCheckoutAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="paymentId" value={paymentId} />
      {state.ok === false && (
        <Alert tone="danger" role="alert" title="The payment did not go through">
          <p>{state.message}</p>
        </Alert>
      )}
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" name="outcome" value="pay" size="lg" disabled={pending}>
          {pending ? "Processing…" : `Pay ${amount}`}
        </Button>
        <Button type="submit" name="outcome" value="decline" variant="secondary" size="lg" disabled={pending}>
          Decline
        </Button>
      </div>
    </form>
  );
}
