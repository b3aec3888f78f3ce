// A consultation nobody paid for within a day expires; its open payments are canceled and their checkouts closed at
// the provider. A payment that still succeeds afterwards is refunded at once (apply-payment-event.ts), so money is
// never kept for nothing.
import { db } from "../db";
import { isDomainError } from "../errors";
import type { PaymentState } from "../generated/prisma/enums";
import { getPaymentProvider } from "../payments/get-payment-provider";
import type { PaymentProvider } from "../payments/payment-provider";
import { OPEN_PAYMENT_STATES } from "../payments/payment-transitions";
import { publishConsultationState } from "../realtime/publish-consultation-event";
import { transitionConsultation } from "./consultation-transitions";

export const UNPAID_EXPIRY_HOURS = 24;

export async function expireUnpaidConsultations(
  options: { now?: Date; limit?: number; provider?: PaymentProvider } = {},
): Promise<{ expiredConsultationIds: string[]; closedCheckouts: string[] }> {
  const { now = new Date(), limit = 200, provider = getPaymentProvider() } = options;
  const before = new Date(now.getTime() - UNPAID_EXPIRY_HOURS * 3_600_000);
  const unpaid = await db().consultation.findMany({
    where: { state: "AWAITING_PAYMENT", createdAt: { lt: before } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });

  const expiredConsultationIds: string[] = [];
  const checkoutsToClose: string[] = [];
  for (const { id } of unpaid) {
    try {
      const canceled = await db().$transaction(async (tx) => {
        await transitionConsultation(tx, { consultationId: id, from: "AWAITING_PAYMENT", to: "EXPIRED" });
        const open = await tx.payment.findMany({
          where: { consultationId: id, state: { in: [...OPEN_PAYMENT_STATES] } },
          select: { id: true, provider: true, state: true, externalId: true },
        });
        for (const payment of open) {
          await tx.payment.update({ where: { id: payment.id }, data: { state: "CANCELED" } });
          await tx.paymentEvent.create({
            data: {
              paymentId: payment.id,
              provider: payment.provider,
              type: "payment.expired",
              fromState: payment.state as PaymentState,
              toState: "CANCELED",
            },
          });
        }
        return open;
      });
      expiredConsultationIds.push(id);
      // An open checkout page of the patient's re-renders as expired (from the worker, through the realtime relay).
      await publishConsultationState({ consultationId: id });
      for (const payment of canceled) {
        if (payment.externalId && payment.provider === provider.name) checkoutsToClose.push(payment.externalId);
      }
    } catch (error) {
      // Paid at the last moment: the payment won.
      if (isDomainError(error) && error.code === "CONFLICT") continue;
      throw error;
    }
  }
  // After the commit, and best effort: a checkout left open can still be paid, and that payment is refunded.
  const closedCheckouts: string[] = [];
  for (const externalId of checkoutsToClose) {
    try {
      await provider.expireCheckout(externalId);
      closedCheckouts.push(externalId);
    } catch (error) {
      console.error("closing an expired checkout at the provider failed", { externalId, error });
    }
  }
  return { expiredConsultationIds, closedCheckouts };
}
