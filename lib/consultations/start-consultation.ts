import { claimAttachments } from "../attachments/claim-attachments";
import { type Actor, can } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { db } from "../db";
import { DomainError } from "../errors";
import { createPayment } from "../payments/create-payment";
import { getPaymentProvider } from "../payments/get-payment-provider";
import { openCheckout } from "../payments/open-checkout";
import type { PaymentProvider } from "../payments/payment-provider";
import { ZStartConsultation } from "../validation/consultation";
import { CONSULTATION_LIMITS } from "../validation/consultation-limits";
import { parseInput } from "../validation/parse-input";

export type StartConsultationOptions = {
  actor: Actor | null;
  /** As the form sends it; parsed here with ZStartConsultation. */
  input: unknown;
  /** The configured provider unless a test passes one. */
  provider?: PaymentProvider;
  now?: Date;
};

export const DOCTOR_NOT_FOUND = "This doctor does not exist.";
export const NOT_OFFERING = "This doctor does not take private consultations at the moment.";

/**
 * A patient asks one doctor privately. In one transaction: the consultation (awaiting payment, at the doctor's price
 * of this moment), the patient's first message with its files, and a payment. Then, outside the transaction, the
 * provider's checkout. If the provider fails, everything written stays (the patient pays later from the
 * consultation) and a CheckoutUnavailableError says so.
 */
export async function startConsultation({
  actor,
  input,
  provider = getPaymentProvider(),
  now = new Date(),
}: StartConsultationOptions): Promise<{ consultationId: string; checkoutUrl: string }> {
  const refusal = writeRefusal(actor, "start a private consultation", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "consultation.start", undefined, now)) {
    throw new DomainError("FORBIDDEN", "Private consultations are booked from patient accounts.");
  }
  const { doctorId, sourceQuestionId, subject, body, attachmentIds } = parseInput(ZStartConsultation, input);

  const doctor = await db().user.findFirst({
    where: { id: doctorId, role: "DOCTOR" },
    select: {
      name: true,
      status: true,
      doctorProfile: {
        select: {
          verification: true,
          offersConsultations: true,
          consultationPriceMinor: true,
          consultationCurrency: true,
          specialties: { select: { specialtyId: true, isPrimary: true }, orderBy: { specialtyId: "asc" } },
        },
      },
    },
  });
  const profile = doctor?.doctorProfile;
  if (!doctor || !profile || profile.verification !== "VERIFIED") {
    throw new DomainError("NOT_FOUND", DOCTOR_NOT_FOUND);
  }
  const priceMinor = profile.consultationPriceMinor;
  if (!profile.offersConsultations || priceMinor === null || doctor.status !== "ACTIVE") {
    throw new DomainError("CONFLICT", NOT_OFFERING);
  }
  const specialtyId =
    (profile.specialties.find((specialty) => specialty.isPrimary) ?? profile.specialties[0])?.specialtyId ?? null;

  if (sourceQuestionId !== undefined) {
    const question = await db().question.findUnique({
      where: { id: sourceQuestionId },
      select: { authorId: true, status: true, hiddenAt: true, deletedAt: true },
    });
    if (
      !question ||
      question.deletedAt ||
      !can(actor, "question.read", {
        authorId: question.authorId,
        status: question.status,
        hidden: !!question.hiddenAt,
      })
    ) {
      throw new DomainError("NOT_FOUND", "The question you came from does not exist.", {
        sourceQuestionId: ["The question you came from does not exist."],
      });
    }
  }

  const { consultationId, payment } = await db().$transaction(async (tx) => {
    const consultation = await tx.consultation.create({
      data: {
        patientId: actor.id,
        doctorId,
        specialtyId,
        sourceQuestionId: sourceQuestionId ?? null,
        subject,
        state: "AWAITING_PAYMENT",
        priceMinor,
        currency: profile.consultationCurrency,
        createdAt: now,
      },
      select: { id: true },
    });
    const message = await tx.consultationMessage.create({
      data: { consultationId: consultation.id, authorId: actor.id, body, createdAt: now },
      select: { id: true },
    });
    await claimAttachments(tx, {
      ownerId: actor.id,
      attachmentIds,
      target: { consultationMessageId: message.id },
      max: CONSULTATION_LIMITS.attachmentsMax,
    });
    const created = await createPayment(tx, {
      consultationId: consultation.id,
      amountMinor: priceMinor,
      currency: profile.consultationCurrency,
      provider: provider.name,
    });
    return { consultationId: consultation.id, payment: created };
  });

  const { checkoutUrl } = await openCheckout({ provider, payment, doctorName: doctor.name });
  return { consultationId, checkoutUrl };
}
