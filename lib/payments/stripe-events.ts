// Stripe's events in our words. The sandbox signs Stripe-shaped events, so both providers read webhooks here.
import Stripe from "stripe";
import {
  type NormalizedEvent,
  type NormalizedEventType,
  WEBHOOK_TOLERANCE_SECONDS,
  WebhookSignatureError,
} from "./payment-provider";

type StripeObject = {
  id?: unknown;
  object?: unknown;
  client_reference_id?: unknown;
  metadata?: unknown;
  payment_status?: unknown;
  refunded?: unknown;
  payment_intent?: unknown;
};

/**
 * Verifies Stripe's `t=…,v1=…` signature over the exact raw body (HMAC-SHA256 with the endpoint secret) and that
 * the timestamp is within the tolerance, then parses the event. Everything else is a WebhookSignatureError.
 */
export function constructSignedEvent(rawBody: string, signatureHeader: string | null, secret: string): Stripe.Event {
  if (!signatureHeader) throw new WebhookSignatureError("The stripe-signature header is missing.");
  try {
    return Stripe.webhooks.constructEvent(rawBody, signatureHeader, secret, WEBHOOK_TOLERANCE_SECONDS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WebhookSignatureError(`The webhook signature could not be verified: ${reason}`);
  }
}

/** Signs a body as Stripe would (the sandbox checkout and the tests use it). */
export function signPayload(payload: string, secret: string, timestampSeconds?: number): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: timestampSeconds });
}

const text = (value: unknown): string | null => (typeof value === "string" && value.length > 0 ? value : null);

function metadataPaymentId(object: StripeObject): string | null {
  const metadata = object.metadata;
  if (metadata && typeof metadata === "object" && "paymentId" in metadata) return text(metadata.paymentId);
  return null;
}

function typeOf(event: Stripe.Event, object: StripeObject): NormalizedEventType {
  switch (event.type) {
    case "checkout.session.completed":
      // "unpaid" means an asynchronous method (e.g. a bank debit) is still on its way: its own event follows.
      return object.payment_status === "paid" || object.payment_status === "no_payment_required"
        ? "payment.succeeded"
        : "ignored";
    case "checkout.session.async_payment_succeeded":
      return "payment.succeeded";
    case "checkout.session.async_payment_failed":
      return "payment.failed";
    case "checkout.session.expired":
      return "payment.canceled";
    case "charge.refunded":
      // A partial refund leaves the consultation paid; only a full refund ends it.
      return object.refunded === true ? "payment.refunded" : "ignored";
    default:
      return "ignored";
  }
}

/** The event in our words; `paymentId` is null when Stripe's object does not name one of our payments. */
export function normalizeStripeEvent(event: Stripe.Event): NormalizedEvent {
  const object = (event.data?.object ?? {}) as StripeObject;
  const type = typeOf(event, object);
  const paymentId =
    object.object === "checkout.session"
      ? (text(object.client_reference_id) ?? metadataPaymentId(object))
      : metadataPaymentId(object);
  return { eventId: event.id, type, paymentId, externalId: text(object.id), raw: event };
}

/** The payment intent a charge belongs to, for finding its checkout when the charge carries no metadata. */
export function paymentIntentOf(event: NormalizedEvent): string | null {
  const object = ((event.raw as Stripe.Event).data?.object ?? {}) as StripeObject;
  if (typeof object.payment_intent === "string") return object.payment_intent;
  if (object.payment_intent && typeof object.payment_intent === "object" && "id" in object.payment_intent) {
    return text(object.payment_intent.id);
  }
  return null;
}
