// Returns the money of every payment that owes a refund (see refund-requests.ts) and is not refunded yet. Safe to run
// in several processes at once: the provider call carries the idempotency key `refund-<paymentId>` (one refund, however
// often it is asked), and the row is only marked once.
import { db } from "../db";
import type { PaymentState } from "../generated/prisma/enums";
import type { PaymentProvider } from "./payment-provider";
import { canMovePayment } from "./payment-transitions";
import { ALL_REFUND_REQUEST_TYPES, REFUND_COMPLETED_TYPE } from "./refund-requests";

export type SettledRefunds = { refundedPaymentIds: string[]; failedPaymentIds: string[] };

/** Payments whose money is still with us (SUCCEEDED), or came in for nothing (a duplicate left FAILED/CANCELED). */
const REFUNDABLE_STATES: PaymentState[] = ["SUCCEEDED", "FAILED", "CANCELED"];

export async function settleOwedRefunds(options: {
  provider: PaymentProvider;
  /** Only these payments (the webhook settles the one it just saw); all owed ones when absent. */
  paymentIds?: string[];
  limit?: number;
}): Promise<SettledRefunds> {
  const { provider } = options;
  const owed = await db().payment.findMany({
    where: {
      ...(options.paymentIds && { id: { in: options.paymentIds } }),
      provider: provider.name,
      state: { in: REFUNDABLE_STATES },
      refundExternalId: null,
      externalId: { not: null },
      events: { some: { type: { in: ALL_REFUND_REQUEST_TYPES } } },
    },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 50,
    select: { id: true, externalId: true, amountMinor: true },
  });

  const result: SettledRefunds = { refundedPaymentIds: [], failedPaymentIds: [] };
  for (const payment of owed) {
    try {
      const { refundExternalId } = await provider.refund({
        externalId: payment.externalId as string,
        paymentId: payment.id,
        amountMinor: payment.amountMinor,
        idempotencyKey: `refund-${payment.id}`,
      });
      await markRefunded({ paymentId: payment.id, refundExternalId, provider: provider.name });
      result.refundedPaymentIds.push(payment.id);
    } catch (error) {
      // Left as it is: the marker event keeps it on the list for the next run.
      console.error("refund failed; it will be retried", { provider: provider.name, paymentId: payment.id, error });
      result.failedPaymentIds.push(payment.id);
    }
  }
  return result;
}

async function markRefunded(options: { paymentId: string; refundExternalId: string; provider: string }) {
  await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ state: PaymentState; refundExternalId: string | null }[]>`
      SELECT state::text AS state, "refundExternalId" FROM "Payment" WHERE id = ${options.paymentId} FOR UPDATE`;
    const row = rows[0];
    if (!row || row.refundExternalId !== null) return;
    // A duplicate payment cannot become REFUNDED (one confirmed payment per consultation): it keeps its state and
    // carries the refund id.
    const toState: PaymentState =
      row.state === "SUCCEEDED" && canMovePayment(row.state, "REFUNDED") ? "REFUNDED" : row.state;
    await tx.payment.update({
      where: { id: options.paymentId },
      data: { refundExternalId: options.refundExternalId, state: toState },
    });
    await tx.paymentEvent.create({
      data: {
        paymentId: options.paymentId,
        provider: options.provider,
        type: REFUND_COMPLETED_TYPE,
        fromState: row.state,
        toState,
        payload: { refundExternalId: options.refundExternalId },
      },
    });
  });
}
