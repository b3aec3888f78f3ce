// What the application needs from a payment provider. Stripe takes real money; the sandbox is a local checkout page
// that signs its events exactly as Stripe does, so both run through the same webhook route and the same code.

export type PaymentProviderName = "sandbox" | "stripe";

export type CheckoutRequest = {
  /** Our Payment id: the provider hands it back in every event (client_reference_id, metadata). */
  paymentId: string;
  consultationId: string;
  /** Integer minor units (cents) of `currency`. */
  amountMinor: number;
  currency: string;
  /** What the payer sees on the provider's page. */
  description: string;
  successUrl: string;
  cancelUrl: string;
  /** The same key for the same payment: a retried request never opens a second checkout. */
  idempotencyKey: string;
};

export type Checkout = { externalId: string; checkoutUrl: string };

export type NormalizedEventType =
  | "payment.succeeded"
  | "payment.failed"
  | "payment.canceled"
  | "payment.refunded"
  | "ignored";

/** A verified provider event, in our words. */
export type NormalizedEvent = {
  /** The provider's event id: a delivery seen twice is applied once. */
  eventId: string;
  type: NormalizedEventType;
  /** Our Payment id, or null when the event is not about one of our payments. */
  paymentId: string | null;
  /** The provider's id of the checkout (or charge) the event is about. */
  externalId: string | null;
  /** The event as the provider sent it, kept on the PaymentEvent row. */
  raw: unknown;
};

export type RefundRequest = { externalId: string; paymentId: string; amountMinor: number; idempotencyKey: string };

export interface PaymentProvider {
  readonly name: PaymentProviderName;
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
  /**
   * Checks the signature of a webhook body (and that it is no older than the tolerance) and reads the event. Throws
   * `WebhookSignatureError` for a bad signature, a changed body or a stale timestamp.
   */
  verifyWebhook(rawBody: string, signatureHeader: string | null): Promise<NormalizedEvent>;
  refund(request: RefundRequest): Promise<{ refundExternalId: string }>;
  /**
   * Closes a checkout nobody completed, so it can no longer be paid. A checkout that is already complete or closed
   * is left as it is (no error): a payment that still arrives is refunded by the webhook.
   */
  expireCheckout(externalId: string): Promise<void>;
}

/** A webhook that is not provably from the provider, or too old. */
export class WebhookSignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookSignatureError";
  }
}

/** Seconds a signed webhook stays acceptable, as Stripe recommends (replays older than this are refused). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
