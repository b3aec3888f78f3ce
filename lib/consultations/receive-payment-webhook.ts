import { DomainError } from "../errors";
import { getPaymentProvider } from "../payments/get-payment-provider";
import { type PaymentProvider, WebhookSignatureError } from "../payments/payment-provider";
import { settleOwedRefunds } from "../payments/settle-owed-refunds";
import { applyPaymentEvent } from "./apply-payment-event";

export type WebhookHeaders = Headers | Record<string, string | null | undefined>;

export const INVALID_SIGNATURE = "The webhook signature is not valid, or the event is too old.";

/**
 * A provider's webhook delivery: verified (signature over the raw body, 300 s tolerance), then applied once however
 * often it arrives. A payment that must be refunded at once (paid after its consultation expired, or paid twice) is
 * refunded after the commit; if that fails, the refund job retries it.
 */
export async function receivePaymentWebhook(options: {
  provider?: PaymentProvider;
  rawBody: string;
  headers: WebhookHeaders;
  now?: Date;
}): Promise<{ status: "applied" | "duplicate" | "ignored" }> {
  const { provider = getPaymentProvider(), rawBody, headers, now } = options;
  let event: Awaited<ReturnType<PaymentProvider["verifyWebhook"]>>;
  try {
    event = await provider.verifyWebhook(rawBody, headerOf(headers, "stripe-signature"));
  } catch (error) {
    if (error instanceof WebhookSignatureError) throw new DomainError("INVALID", INVALID_SIGNATURE);
    throw error;
  }
  const applied = await applyPaymentEvent({ provider: provider.name, event, now });
  if (applied.refundOwedPaymentId) {
    await settleOwedRefunds({ provider, paymentIds: [applied.refundOwedPaymentId] });
  }
  return { status: applied.status };
}

function headerOf(headers: WebhookHeaders, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return entry?.[1] ?? null;
}
