import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePages } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { DomainError } from "../errors";
import { publishConsultationState } from "../realtime/publish-consultation-event";
import { ZRateConsultation } from "../validation/consultation";
import { parseInput } from "../validation/parse-input";
import { consultationResource } from "./consultation-resource";
import { transitionConsultation } from "./consultation-transitions";
import { CONSULTATION_NOT_FOUND } from "./get-consultation";
import { lockConsultation } from "./lock-consultation";

export type RateConsultationOptions = {
  actor: Viewer;
  /** The form's values (TRateConsultation); parsed here with ZRateConsultation. */
  input: unknown;
  now?: Date;
};

export const ALREADY_RATED = "You already rated this consultation";

/**
 * The patient rates an answered or closed consultation once: 1 to 5 stars and an optional comment, shown on the
 * doctor's profile. Rating an answered one closes it in the same transaction.
 */
export async function rateConsultation({
  actor,
  input,
  now = new Date(),
}: RateConsultationOptions): Promise<{ closed: boolean }> {
  const refusal = writeRefusal(actor, "rate this consultation", now);
  if (refusal || !actor) throw refusal ?? new DomainError("FORBIDDEN", "Sign in first.");
  const { consultationId, stars, comment } = parseInput(ZRateConsultation, input);

  const closed = await db().$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, consultationId);
    if (!consultation) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
    const resource = consultationResource(consultation);
    if (!can(actor, "consultation.read", resource, now)) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
    if (actor.id !== consultation.patientId) {
      throw new DomainError("FORBIDDEN", "Only the patient who started this consultation can rate it.");
    }
    if (consultation.rating !== null) throw new DomainError("CONFLICT", `${ALREADY_RATED}.`);
    if (!can(actor, "consultation.rate", resource, now)) {
      throw new DomainError("CONFLICT", "You can rate a consultation once the doctor has answered it.");
    }
    const closing = consultation.state === "ANSWERED";
    if (closing) {
      await transitionConsultation(tx, { consultationId, from: "ANSWERED", to: "CLOSED", fields: { closedAt: now } });
    }
    await tx.consultation.update({
      where: { id: consultationId },
      data: { rating: stars, ratingComment: comment ?? null, ratedAt: now },
    });
    return { closing, doctorId: consultation.doctorId };
  });
  if (closed.closing) await publishConsultationState({ consultationId });
  // The rating and its comment show on the doctor's public profile.
  await invalidatePages([pageTags.doctor(closed.doctorId)]);
  return { closed: closed.closing };
}
