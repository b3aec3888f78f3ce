// The one place that says how a private consultation may move between states. Every use-case that changes
// `Consultation.state` goes through `transitionConsultation`, which re-checks the state inside the database
// update itself, so two concurrent changes cannot both win.
import type { Tx } from "../db";
import { DomainError } from "../errors";
import type { ConsultationState } from "../generated/prisma/enums";

/**
 * AWAITING_PAYMENT → ACTIVE      payment confirmed; the doctor's answer deadline starts
 * AWAITING_PAYMENT → EXPIRED     never paid (checkout abandoned or expired)
 * AWAITING_PAYMENT → REFUNDED    the provider reported a refund before (or instead of) the confirmation
 * ACTIVE           → ANSWERED    the doctor wrote the first message
 * ACTIVE           → REFUNDED    the deadline passed unanswered, or the doctor declined
 * ANSWERED         → CLOSED      the patient closed it (and may rate it)
 * ANSWERED         → REFUNDED    a refund made at the provider (e.g. from the Stripe dashboard)
 * CLOSED, REFUNDED, EXPIRED are final.
 */
export const CONSULTATION_TRANSITIONS: { readonly [S in ConsultationState]: readonly ConsultationState[] } = {
  AWAITING_PAYMENT: ["ACTIVE", "EXPIRED", "REFUNDED"],
  ACTIVE: ["ANSWERED", "REFUNDED"],
  ANSWERED: ["CLOSED", "REFUNDED"],
  CLOSED: [],
  REFUNDED: [],
  EXPIRED: [],
};

export function canTransition(from: ConsultationState, to: ConsultationState): boolean {
  return CONSULTATION_TRANSITIONS[from].includes(to);
}

/** States in which the two of them can still write to each other. */
export const OPEN_FOR_MESSAGES: readonly ConsultationState[] = ["ACTIVE", "ANSWERED"];

type TransitionFields = {
  answerDeadline?: Date | null;
  paidAt?: Date;
  firstAnsweredAt?: Date;
  closedAt?: Date;
  refundedAt?: Date;
};

/**
 * Moves the consultation from `from` to `to`, setting `fields` with it. Throws CONFLICT when the transition is not
 * legal or when the consultation is no longer in `from` (someone else moved it first). Call it inside the
 * transaction that makes the rest of the change.
 */
export async function transitionConsultation(
  tx: Tx,
  options: { consultationId: string; from: ConsultationState; to: ConsultationState; fields?: TransitionFields },
): Promise<void> {
  const { consultationId, from, to, fields = {} } = options;
  if (!canTransition(from, to)) {
    throw new DomainError(
      "CONFLICT",
      `A consultation cannot go from ${describeConsultationState(from)} to ${describeConsultationState(to)}.`,
    );
  }
  const { count } = await tx.consultation.updateMany({
    where: { id: consultationId, state: from },
    data: { state: to, ...fields },
  });
  if (count !== 1) {
    throw new DomainError(
      "CONFLICT",
      "This consultation changed in the meantime. Reload the page to see where it stands.",
    );
  }
}

const WORDS: { [S in ConsultationState]: string } = {
  AWAITING_PAYMENT: "awaiting payment",
  ACTIVE: "waiting for the doctor's answer",
  ANSWERED: "answered",
  CLOSED: "closed",
  REFUNDED: "refunded",
  EXPIRED: "expired",
};

/** Words for a state, as the pages show it. */
export function describeConsultationState(state: ConsultationState): string {
  return WORDS[state];
}
