// Asks the provider for a checkout for one of our payments and remembers where the payer goes. Called outside any
// database transaction: a slow or failing provider never holds a lock, and the consultation with the patient's
// message is already saved when it runs.
import { db } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";
import { doctorName } from "../text/doctor-name";
import type { PaymentProvider } from "./payment-provider";

export type PaymentToCheckout = {
  id: string;
  consultationId: string;
  idempotencyKey: string;
  amountMinor: number;
  currency: string;
};

/** A DomainError that also says which consultation is saved and waiting for its payment. */
export class CheckoutUnavailableError extends DomainError {
  readonly consultationId: string;
  constructor(consultationId: string) {
    super(
      "PAYMENT_REQUIRED",
      "Your consultation is saved, but the payment page could not be opened just now. Nothing you wrote is lost: " +
        "please try paying again in a few minutes from your consultation.",
    );
    this.consultationId = consultationId;
  }
}

export async function openCheckout(options: {
  provider: PaymentProvider;
  payment: PaymentToCheckout;
  doctorName: string;
}): Promise<{ checkoutUrl: string }> {
  const { provider, payment } = options;
  const origin = env().NEXTAUTH_URL.replace(/\/+$/, "");
  const consultationUrl = `${origin}/consultations/${encodeURIComponent(payment.consultationId)}`;
  let checkout: { externalId: string; checkoutUrl: string };
  try {
    checkout = await provider.createCheckout({
      paymentId: payment.id,
      consultationId: payment.consultationId,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      description: `Private consultation with ${doctorName(options.doctorName)}`,
      successUrl: `${consultationUrl}?payment=done`,
      cancelUrl: `${consultationUrl}?payment=canceled`,
      idempotencyKey: payment.idempotencyKey,
    });
  } catch (error) {
    console.error("payment provider could not open a checkout", {
      provider: provider.name,
      paymentId: payment.id,
      consultationId: payment.consultationId,
      error,
    });
    throw new CheckoutUnavailableError(payment.consultationId);
  }

  await db().$transaction(async (tx) => {
    // Only a payment still CREATED becomes PENDING; one that an event already moved keeps its state.
    const { count } = await tx.payment.updateMany({
      where: { id: payment.id, state: "CREATED" },
      data: { externalId: checkout.externalId, checkoutUrl: checkout.checkoutUrl, state: "PENDING" },
    });
    if (count === 1) {
      await tx.paymentEvent.create({
        data: {
          paymentId: payment.id,
          provider: provider.name,
          type: "checkout.created",
          fromState: "CREATED",
          toState: "PENDING",
          payload: { externalId: checkout.externalId },
        },
      });
    } else {
      await tx.payment.updateMany({
        where: { id: payment.id, externalId: null },
        data: { externalId: checkout.externalId, checkoutUrl: checkout.checkoutUrl },
      });
    }
  });
  return { checkoutUrl: checkout.checkoutUrl };
}
