// The development and test provider: no money moves. Its checkout is our own page
// (app/(member)/consultations/checkout/sandbox/[paymentId]), which signs a Stripe-shaped event with
// SANDBOX_WEBHOOK_SECRET and posts it to the same webhook route Stripe uses.
import { randomBytes } from "node:crypto";
import type { Checkout, CheckoutRequest, NormalizedEvent, PaymentProvider } from "./payment-provider";
import { constructSignedEvent, normalizeStripeEvent } from "./stripe-events";

/** A random suffix for sandbox ids (cs_sandbox_…, evt_sandbox_…, re_sandbox_…). */
export const sandboxRandomId = () => randomBytes(12).toString("hex");

export function sandboxCheckoutPath(paymentId: string): string {
  return `/consultations/checkout/sandbox/${encodeURIComponent(paymentId)}`;
}

export function createSandboxProvider(options: { webhookSecret: string }): PaymentProvider {
  return {
    name: "sandbox",
    async createCheckout(request: CheckoutRequest): Promise<Checkout> {
      return { externalId: `cs_sandbox_${sandboxRandomId()}`, checkoutUrl: sandboxCheckoutPath(request.paymentId) };
    },
    async verifyWebhook(rawBody: string, signatureHeader: string | null): Promise<NormalizedEvent> {
      return normalizeStripeEvent(constructSignedEvent(rawBody, signatureHeader, options.webhookSecret));
    },
    async refund() {
      return { refundExternalId: `re_sandbox_${sandboxRandomId()}` };
    },
    // The sandbox page reads the payment's state: a canceled payment is no longer offered.
    async expireCheckout() {},
  };
}
