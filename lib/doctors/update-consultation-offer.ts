import { recordAudit } from "../audit/record-audit";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePagesAfter } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { DomainError } from "../errors";
import { ZConsultationOffer } from "../validation/consultation";
import { parseInput } from "../validation/parse-input";

export type UpdateConsultationOfferOptions = {
  actor: Viewer;
  /** The form's values ({ offersConsultations, price, currency }); parsed here with ZConsultationOffer. */
  input: unknown;
  now?: Date;
};

export type ConsultationOfferSaved = {
  offersConsultations: boolean;
  priceMinor: number | null;
  currency: string;
};

export const ONLY_DOCTORS_OFFER = "Only doctors can offer private consultations.";

/**
 * A doctor offers private consultations at a price (integer minor units in one currency) or stops offering them.
 * Stopping keeps the last price, so offering again later starts from it. Only the doctor's own profile changes,
 * and the change is written to the audit log in the same transaction.
 */
export async function updateConsultationOffer({
  actor,
  input,
  now = new Date(),
}: UpdateConsultationOfferOptions): Promise<ConsultationOfferSaved> {
  const refusal = writeRefusal(actor, "change your consultation offer", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "consultation.offer", undefined, now))
    throw new DomainError("FORBIDDEN", ONLY_DOCTORS_OFFER);
  const offer = parseInput(ZConsultationOffer, input);

  return invalidatePagesAfter(
    db().$transaction(async (tx) => {
      const before = await tx.doctorProfile.findUnique({
        where: { userId: actor.id },
        select: { offersConsultations: true, consultationPriceMinor: true, consultationCurrency: true },
      });
      if (!before) throw new DomainError("NOT_FOUND", "Your doctor profile does not exist.");

      // A price typed while declining is kept for next time; no price typed keeps the last one with its currency.
      const priceMinor = offer.priceMinor ?? before.consultationPriceMinor;
      const currency = offer.priceMinor === undefined ? before.consultationCurrency : offer.currency;
      const after = await tx.doctorProfile.update({
        where: { userId: actor.id },
        data: {
          offersConsultations: offer.offersConsultations,
          consultationPriceMinor: priceMinor,
          consultationCurrency: currency,
        },
        select: { offersConsultations: true, consultationPriceMinor: true, consultationCurrency: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "consultation.offer",
        targetType: "DoctorProfile",
        targetId: actor.id,
        before,
        after,
        at: now,
      });
      return {
        offersConsultations: after.offersConsultations,
        priceMinor: after.consultationPriceMinor,
        currency: after.consultationCurrency,
      };
    }),
    [pageTags.doctor(actor.id)],
  );
}
