import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { PaymentState } from "../generated/prisma/enums";
import { createPayment } from "../payments/create-payment";
import { getPaymentProvider } from "../payments/get-payment-provider";
import { openCheckout, type PaymentToCheckout } from "../payments/open-checkout";
import type { PaymentProvider } from "../payments/payment-provider";
import { describeConsultationState } from "./consultation-transitions";

export type PayForConsultationOptions = {
  actor: Actor | null;
  consultationId: string;
  provider?: PaymentProvider;
};

const NOT_FOUND = "This consultation does not exist.";
const PAYMENT_SELECT = {
  id: true,
  consultationId: true,
  idempotencyKey: true,
  amountMinor: true,
  currency: true,
  state: true,
  checkoutUrl: true,
} as const;

/**
 * The patient pays (again) for a consultation that awaits payment: the open checkout if there is one, otherwise a
 * new payment and checkout (after a declined or abandoned one). The consultation and its message are untouched.
 */
export async function payForConsultation({
  actor,
  consultationId,
  provider = getPaymentProvider(),
}: PayForConsultationOptions): Promise<{ checkoutUrl: string }> {
  const consultation = await db().consultation.findUnique({
    where: { id: consultationId },
    select: { patientId: true, state: true, doctor: { select: { name: true } } },
  });
  if (!consultation || !actor || actor.id !== consultation.patientId) throw new DomainError("NOT_FOUND", NOT_FOUND);
  if (consultation.state !== "AWAITING_PAYMENT") {
    throw new DomainError(
      "CONFLICT",
      `This consultation is ${describeConsultationState(consultation.state)}: there is nothing to pay.`,
    );
  }

  const found = await db().$transaction(async (tx) => {
    // Serialises two clicks on "Pay": one of them creates the new payment, the other finds it.
    const rows = await tx.$queryRaw<{ state: string; priceMinor: number; currency: string }[]>`
      SELECT state::text AS state, "priceMinor", currency FROM "Consultation" WHERE id = ${consultationId} FOR UPDATE`;
    const locked = rows[0];
    if (locked?.state !== "AWAITING_PAYMENT") {
      throw new DomainError("CONFLICT", "This consultation changed in the meantime. Reload the page.");
    }
    const open = await tx.payment.findFirst({
      where: {
        consultationId,
        state: { in: ["CREATED", "PENDING"] satisfies PaymentState[] },
        provider: provider.name,
      },
      orderBy: { createdAt: "desc" },
      select: PAYMENT_SELECT,
    });
    if (open) return open;
    const created = await createPayment(tx, {
      consultationId,
      amountMinor: locked.priceMinor,
      currency: locked.currency,
      provider: provider.name,
    });
    return { ...created, state: "CREATED" as PaymentState, checkoutUrl: null };
  });

  if (found.state === "PENDING" && found.checkoutUrl) return { checkoutUrl: found.checkoutUrl };
  const payment: PaymentToCheckout = found;
  return openCheckout({ provider, payment, doctorName: consultation.doctor.name });
}
