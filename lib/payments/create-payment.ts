// A new payment for a consultation, written (with its first PaymentEvent) in the caller's transaction.
import { randomUUID } from "node:crypto";
import type { Tx } from "../db";
import type { PaymentToCheckout } from "./open-checkout";
import type { PaymentProviderName } from "./payment-provider";

export async function createPayment(
  tx: Tx,
  options: { consultationId: string; amountMinor: number; currency: string; provider: PaymentProviderName },
): Promise<PaymentToCheckout> {
  const payment = await tx.payment.create({
    data: {
      consultationId: options.consultationId,
      provider: options.provider,
      idempotencyKey: `checkout-${randomUUID()}`,
      amountMinor: options.amountMinor,
      currency: options.currency,
      state: "CREATED",
    },
    select: { id: true, consultationId: true, idempotencyKey: true, amountMinor: true, currency: true },
  });
  await tx.paymentEvent.create({
    data: { paymentId: payment.id, provider: options.provider, type: "payment.created", toState: "CREATED" },
  });
  return payment;
}
