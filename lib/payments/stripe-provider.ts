// Stripe Checkout: a hosted payment page per payment, a signed webhook for the outcome, refunds through the API.
import Stripe from "stripe";
import type { Checkout, CheckoutRequest, NormalizedEvent, PaymentProvider, RefundRequest } from "./payment-provider";
import { constructSignedEvent, normalizeStripeEvent, paymentIntentOf } from "./stripe-events";

export type StripeProviderOptions = {
  secretKey: string;
  webhookSecret: string;
  /** Only for tests against a local fake of the API. */
  host?: string;
  port?: number;
  protocol?: "http" | "https";
};

export function createStripeProvider(options: StripeProviderOptions): PaymentProvider {
  const stripe = new Stripe(options.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    ...(options.host && { host: options.host }),
    ...(options.port && { port: options.port }),
    ...(options.protocol && { protocol: options.protocol }),
  });

  async function createCheckout(request: CheckoutRequest): Promise<Checkout> {
    const session = await stripe.checkout.sessions.create(
      {
        mode: "payment",
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: request.currency.toLowerCase(),
              unit_amount: request.amountMinor,
              product_data: { name: request.description },
            },
          },
        ],
        client_reference_id: request.paymentId,
        metadata: { paymentId: request.paymentId, consultationId: request.consultationId },
        // Copied onto the payment intent (and its charge), so a refund event names our payment too.
        payment_intent_data: { metadata: { paymentId: request.paymentId, consultationId: request.consultationId } },
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
      },
      { idempotencyKey: request.idempotencyKey },
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
    return { externalId: session.id, checkoutUrl: session.url };
  }

  async function verifyWebhook(rawBody: string, signatureHeader: string | null): Promise<NormalizedEvent> {
    const event = normalizeStripeEvent(constructSignedEvent(rawBody, signatureHeader, options.webhookSecret));
    if (event.type !== "payment.refunded" || event.paymentId) return event;
    // A charge refunded from the dashboard of an older payment may lack our metadata: its checkout session knows.
    const paymentIntent = paymentIntentOf(event);
    if (!paymentIntent) return event;
    const sessions = await stripe.checkout.sessions.list({ payment_intent: paymentIntent, limit: 1 });
    return { ...event, paymentId: sessions.data[0]?.client_reference_id ?? null };
  }

  async function refund(request: RefundRequest): Promise<{ refundExternalId: string }> {
    const session = await stripe.checkout.sessions.retrieve(request.externalId);
    const paymentIntent =
      typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
    if (!paymentIntent) throw new Error(`Checkout session ${request.externalId} has no payment intent to refund`);
    const created = await stripe.refunds.create(
      { payment_intent: paymentIntent, amount: request.amountMinor, metadata: { paymentId: request.paymentId } },
      { idempotencyKey: request.idempotencyKey },
    );
    return { refundExternalId: created.id };
  }

  async function expireCheckout(externalId: string): Promise<void> {
    try {
      await stripe.checkout.sessions.expire(externalId);
    } catch (error) {
      // Stripe expires only open sessions: one already paid or expired answers 400, and there is nothing to do.
      if (error instanceof Stripe.errors.StripeInvalidRequestError) return;
      throw error;
    }
  }

  return { name: "stripe", createCheckout, verifyWebhook, refund, expireCheckout };
}
