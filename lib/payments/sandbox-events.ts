// Stripe-shaped events for the sandbox provider, signed with SANDBOX_WEBHOOK_SECRET exactly as Stripe signs its own
// (`stripe-signature: t=…,v1=…`), so they travel through the same webhook route and verification as Stripe's.
import { env } from "../env";
import { sandboxRandomId } from "./sandbox-provider";
import { signPayload } from "./stripe-events";

export type SandboxPayment = {
  id: string;
  consultationId: string;
  externalId: string | null;
  amountMinor: number;
  currency: string;
};

export type SandboxSessionEventType =
  | "checkout.session.completed"
  | "checkout.session.async_payment_succeeded"
  | "checkout.session.async_payment_failed"
  | "checkout.session.expired";

export type StripeShapedEvent = {
  id: string;
  object: "event";
  type: string;
  created: number;
  livemode: false;
  data: { object: Record<string, unknown> };
};

function envelope(type: string, object: Record<string, unknown>, at: Date): StripeShapedEvent {
  return {
    id: `evt_sandbox_${sandboxRandomId()}`,
    object: "event",
    type,
    created: Math.floor(at.getTime() / 1000),
    livemode: false,
    data: { object },
  };
}

/** An event about the payment's checkout session, as Stripe sends it. */
export function sandboxSessionEvent(
  type: SandboxSessionEventType,
  payment: SandboxPayment,
  at: Date = new Date(),
): StripeShapedEvent {
  const paid = type === "checkout.session.completed" || type === "checkout.session.async_payment_succeeded";
  return envelope(
    type,
    {
      id: payment.externalId ?? `cs_sandbox_${sandboxRandomId()}`,
      object: "checkout.session",
      mode: "payment",
      client_reference_id: payment.id,
      metadata: { paymentId: payment.id, consultationId: payment.consultationId },
      amount_total: payment.amountMinor,
      currency: payment.currency.toLowerCase(),
      payment_status: paid ? "paid" : "unpaid",
      status: type === "checkout.session.expired" ? "expired" : paid ? "complete" : "open",
    },
    at,
  );
}

/** A full refund of the payment's charge, as Stripe reports one made from its dashboard. */
export function sandboxChargeRefundedEvent(payment: SandboxPayment, at: Date = new Date()): StripeShapedEvent {
  return envelope(
    "charge.refunded",
    {
      id: `ch_sandbox_${sandboxRandomId()}`,
      object: "charge",
      amount: payment.amountMinor,
      amount_refunded: payment.amountMinor,
      currency: payment.currency.toLowerCase(),
      refunded: true,
      payment_intent: `pi_sandbox_${sandboxRandomId()}`,
      metadata: { paymentId: payment.id, consultationId: payment.consultationId },
    },
    at,
  );
}

/** The exact body and its `stripe-signature` header. `timestampSeconds` is for tests of the tolerance. */
export function signSandboxEvent(
  event: StripeShapedEvent,
  options: { secret?: string; timestampSeconds?: number } = {},
): { rawBody: string; signature: string } {
  const rawBody = JSON.stringify(event);
  const signature = signPayload(rawBody, options.secret ?? env().SANDBOX_WEBHOOK_SECRET, options.timestampSeconds);
  return { rawBody, signature };
}
