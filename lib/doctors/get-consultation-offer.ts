import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { VerificationState } from "../generated/prisma/enums";
import { ONLY_DOCTORS_OFFER } from "./update-consultation-offer";

export type ConsultationOfferView = {
  offersConsultations: boolean;
  /** The last price set, kept while not offering; null when never set. */
  priceMinor: number | null;
  currency: string;
  /** Patients are offered consultations with VERIFIED doctors only. */
  verification: VerificationState;
};

/** The signed-in doctor's own consultation offer, for the settings form. */
export async function getConsultationOffer({ actor }: { actor: Viewer }): Promise<ConsultationOfferView> {
  if (!actor || !can(actor, "consultation.offer")) throw new DomainError("FORBIDDEN", ONLY_DOCTORS_OFFER);
  const profile = await db().doctorProfile.findUnique({
    where: { userId: actor.id },
    select: { offersConsultations: true, consultationPriceMinor: true, consultationCurrency: true, verification: true },
  });
  if (!profile) throw new DomainError("NOT_FOUND", "Your doctor profile does not exist.");
  return {
    offersConsultations: profile.offersConsultations,
    priceMinor: profile.consultationPriceMinor,
    currency: profile.consultationCurrency,
    verification: profile.verification,
  };
}
