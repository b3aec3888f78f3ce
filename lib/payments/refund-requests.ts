// PaymentEvent types that say "this payment's money must go back". The refund itself is asked of the provider
// outside any transaction (settle-owed-refunds.ts); until it succeeds, the marker keeps the payment on the list, so
// a failed provider call is retried by the next run of the refund job.
export const REFUND_REQUEST_TYPES = {
  /** The doctor did not answer before the deadline. */
  deadline: "refund.deadline",
  /** Paid after the consultation could no longer open (it expired first). */
  unopened: "refund.unopened",
  /** A second payment for a consultation that another payment had already paid for. */
  duplicate: "refund.duplicate",
} as const;

export const REFUND_COMPLETED_TYPE = "refund.completed";

export const ALL_REFUND_REQUEST_TYPES: string[] = Object.values(REFUND_REQUEST_TYPES);
