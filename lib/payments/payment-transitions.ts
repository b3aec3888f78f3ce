// The one place that says how a payment may move between states. Provider events arrive late, twice or out of
// order; an event that would move a payment backwards is recorded and changes nothing.
import type { PaymentState } from "../generated/prisma/enums";

/**
 * CREATED   → PENDING                  the provider opened a checkout
 * CREATED, PENDING → SUCCEEDED | FAILED | CANCELED | REFUNDED
 *                                      (a refund seen before the confirmation ends REFUNDED: the money went back)
 * FAILED    → SUCCEEDED                the payer tried again in the same checkout (Stripe allows it)
 * FAILED    → CANCELED                 the checkout expired after a declined attempt
 * CANCELED  → SUCCEEDED                the provider took the money after we gave up on it (it is refunded at once)
 * SUCCEEDED → REFUNDED
 * REFUNDED is final.
 */
export const PAYMENT_TRANSITIONS: { readonly [S in PaymentState]: readonly PaymentState[] } = {
  CREATED: ["PENDING", "SUCCEEDED", "FAILED", "CANCELED", "REFUNDED"],
  PENDING: ["SUCCEEDED", "FAILED", "CANCELED", "REFUNDED"],
  FAILED: ["SUCCEEDED", "CANCELED"],
  CANCELED: ["SUCCEEDED"],
  SUCCEEDED: ["REFUNDED"],
  REFUNDED: [],
};

export function canMovePayment(from: PaymentState, to: PaymentState): boolean {
  return PAYMENT_TRANSITIONS[from].includes(to);
}

/** States in which the money is (or was) with us: at most one payment per consultation is in one of them. */
export const CONFIRMED_PAYMENT_STATES: readonly PaymentState[] = ["SUCCEEDED", "REFUNDED"];

/** States in which the payer may still pay through the checkout we gave them. */
export const OPEN_PAYMENT_STATES: readonly PaymentState[] = ["CREATED", "PENDING"];
