// What one provider event does to a payment and its consultation, given their locked states: a pure choice, so every
// event × state has a unit test (tests/unit/decide-payment-event.test.ts). applyPaymentEvent loads, decides, writes.
import type { ConsultationState, PaymentState } from "../generated/prisma/enums";
import type { NormalizedEventType } from "../payments/payment-provider";
import { canMovePayment } from "../payments/payment-transitions";
import { REFUND_REQUEST_TYPES } from "../payments/refund-requests";
import { canTransition } from "./consultation-transitions";

export type PaymentEventState = {
  paymentState: PaymentState;
  consultationState: ConsultationState;
  /** Another payment of the same consultation is confirmed (SUCCEEDED or REFUNDED). */
  otherPaymentConfirmed: boolean;
};

export type PaymentEventDecision = {
  /** The payment's next state: its current one when the event moves nothing. */
  paymentTo: PaymentState;
  consultationTo: "ACTIVE" | "REFUNDED" | null;
  /** The marker recorded when this payment's money must go back (settled after the commit). */
  refundReason: (typeof REFUND_REQUEST_TYPES)["duplicate" | "unopened"] | null;
};

export function decidePaymentEvent(type: NormalizedEventType, state: PaymentEventState): PaymentEventDecision {
  const { paymentState: from, consultationState, otherPaymentConfirmed } = state;
  const stay: PaymentEventDecision = { paymentTo: from, consultationTo: null, refundReason: null };
  switch (type) {
    case "payment.succeeded":
      if (from === "SUCCEEDED" || from === "REFUNDED") return stay;
      if (otherPaymentConfirmed) {
        // Paid twice: this one cannot count (one confirmed payment per consultation), and its money goes back.
        const paymentTo = canMovePayment(from, "CANCELED") ? "CANCELED" : from;
        return { ...stay, paymentTo, refundReason: REFUND_REQUEST_TYPES.duplicate };
      }
      return consultationState === "AWAITING_PAYMENT"
        ? { ...stay, paymentTo: "SUCCEEDED", consultationTo: "ACTIVE" }
        : { ...stay, paymentTo: "SUCCEEDED", refundReason: REFUND_REQUEST_TYPES.unopened };
    case "payment.failed":
    case "payment.canceled": {
      const target = type === "payment.failed" ? "FAILED" : "CANCELED";
      return canMovePayment(from, target) ? { ...stay, paymentTo: target } : stay;
    }
    case "payment.refunded": {
      // Seen before the confirmation it ends REFUNDED too, unless that would make a second confirmed payment.
      const refundable = from === "SUCCEEDED" || ((from === "CREATED" || from === "PENDING") && !otherPaymentConfirmed);
      if (!refundable) return stay;
      const consultationTo = canTransition(consultationState, "REFUNDED") ? "REFUNDED" : null;
      return { ...stay, paymentTo: "REFUNDED", consultationTo };
    }
    case "ignored":
      return stay;
  }
}
