// Every provider event × payment state × consultation state × another payment confirmed or not, written out: a new
// state in either enum fails to compile here (the tables are exhaustive records) or runs against a row that covers it.
import { describe, expect, it } from "vitest";
import { canTransition } from "../../lib/consultations/consultation-transitions";
import { decidePaymentEvent, type PaymentEventDecision } from "../../lib/consultations/decide-payment-event";
import { ConsultationState, PaymentState } from "../../lib/generated/prisma/enums";
import type { NormalizedEventType } from "../../lib/payments/payment-provider";
import { canMovePayment } from "../../lib/payments/payment-transitions";

type ByConsultation = { [C in ConsultationState]: PaymentEventDecision };
type Expected = PaymentEventDecision | ByConsultation;
/** [no other payment confirmed, another one confirmed] */
type Row = readonly [Expected, Expected];

/** The payment ends in this state and nothing else happens. */
const ends = (paymentTo: PaymentState) => ({ paymentTo, consultationTo: null, refundReason: null });
const always = (decision: Expected): Row => [decision, decision];
const unchanged = (state: PaymentState): Row => always(ends(state));

/** Confirmed with no other payment confirmed: opens a consultation awaiting payment; in any other state, refunds. */
const confirmed: ByConsultation = {
  AWAITING_PAYMENT: { paymentTo: "SUCCEEDED", consultationTo: "ACTIVE", refundReason: null },
  ACTIVE: { paymentTo: "SUCCEEDED", consultationTo: null, refundReason: "refund.unopened" },
  ANSWERED: { paymentTo: "SUCCEEDED", consultationTo: null, refundReason: "refund.unopened" },
  CLOSED: { paymentTo: "SUCCEEDED", consultationTo: null, refundReason: "refund.unopened" },
  REFUNDED: { paymentTo: "SUCCEEDED", consultationTo: null, refundReason: "refund.unopened" },
  EXPIRED: { paymentTo: "SUCCEEDED", consultationTo: null, refundReason: "refund.unopened" },
};
/** Paid after another payment was confirmed: cancelled where it can be, and its money goes back. */
const paidTwice: PaymentEventDecision = {
  paymentTo: "CANCELED",
  consultationTo: null,
  refundReason: "refund.duplicate",
};
/** A refunded payment refunds its consultation unless the consultation has already ended. */
const refunded: ByConsultation = {
  AWAITING_PAYMENT: { paymentTo: "REFUNDED", consultationTo: "REFUNDED", refundReason: null },
  ACTIVE: { paymentTo: "REFUNDED", consultationTo: "REFUNDED", refundReason: null },
  ANSWERED: { paymentTo: "REFUNDED", consultationTo: "REFUNDED", refundReason: null },
  CLOSED: { paymentTo: "REFUNDED", consultationTo: null, refundReason: null },
  REFUNDED: { paymentTo: "REFUNDED", consultationTo: null, refundReason: null },
  EXPIRED: { paymentTo: "REFUNDED", consultationTo: null, refundReason: null },
};

const EXPECTED: { [E in NormalizedEventType]: { [P in PaymentState]: Row } } = {
  "payment.succeeded": {
    CREATED: [confirmed, paidTwice],
    PENDING: [confirmed, paidTwice],
    SUCCEEDED: unchanged("SUCCEEDED"),
    FAILED: [confirmed, paidTwice],
    // Already CANCELED: it stays so, and the money still goes back.
    CANCELED: [confirmed, paidTwice],
    REFUNDED: unchanged("REFUNDED"),
  },
  "payment.failed": {
    CREATED: always(ends("FAILED")),
    PENDING: always(ends("FAILED")),
    SUCCEEDED: unchanged("SUCCEEDED"),
    FAILED: unchanged("FAILED"),
    CANCELED: unchanged("CANCELED"),
    REFUNDED: unchanged("REFUNDED"),
  },
  "payment.canceled": {
    CREATED: always(ends("CANCELED")),
    PENDING: always(ends("CANCELED")),
    SUCCEEDED: unchanged("SUCCEEDED"),
    FAILED: always(ends("CANCELED")),
    CANCELED: unchanged("CANCELED"),
    REFUNDED: unchanged("REFUNDED"),
  },
  "payment.refunded": {
    // Before its confirmation, only while no other payment is confirmed: at most one per consultation.
    CREATED: [refunded, ends("CREATED")],
    PENDING: [refunded, ends("PENDING")],
    SUCCEEDED: always(refunded),
    FAILED: unchanged("FAILED"),
    CANCELED: unchanged("CANCELED"),
    REFUNDED: unchanged("REFUNDED"),
  },
  ignored: {
    CREATED: unchanged("CREATED"),
    PENDING: unchanged("PENDING"),
    SUCCEEDED: unchanged("SUCCEEDED"),
    FAILED: unchanged("FAILED"),
    CANCELED: unchanged("CANCELED"),
    REFUNDED: unchanged("REFUNDED"),
  },
};

const EVENTS = Object.keys(EXPECTED) as NormalizedEventType[];
const cases = EVENTS.flatMap((type) =>
  Object.values(PaymentState).flatMap((paymentState) =>
    Object.values(ConsultationState).flatMap((consultationState) =>
      [false, true].map((otherPaymentConfirmed) => {
        const expected = EXPECTED[type][paymentState]?.[otherPaymentConfirmed ? 1 : 0];
        const decision = expected && ("paymentTo" in expected ? expected : expected[consultationState]);
        return { type, paymentState, consultationState, otherPaymentConfirmed, expected: decision };
      }),
    ),
  ),
);

describe("decidePaymentEvent", () => {
  it("has an expected outcome for every event, payment state, consultation state and other payment", () => {
    expect(cases.filter((row) => row.expected === undefined)).toEqual([]);
  });

  it.each(cases)(
    "$type on a $paymentState payment, consultation $consultationState, other confirmed: $otherPaymentConfirmed",
    ({ type, expected, ...state }) => {
      expect(decidePaymentEvent(type, state)).toEqual(expected);
    },
  );

  it("only ever asks for legal moves of the payment and the consultation", () => {
    for (const { type, expected: _expected, ...state } of cases) {
      const { paymentTo, consultationTo } = decidePaymentEvent(type, state);
      expect(paymentTo === state.paymentState || canMovePayment(state.paymentState, paymentTo)).toBe(true);
      expect(consultationTo === null || canTransition(state.consultationState, consultationTo)).toBe(true);
    }
  });
});
