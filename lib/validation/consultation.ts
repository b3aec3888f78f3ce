// Shared by the private-consultation forms (start, message, rate, a doctor's offer) and their use-cases.
import { z } from "zod";
import { CONSULTATION_CURRENCIES, CONSULTATION_LIMITS } from "./consultation-limits";

const id = z.string().min(1).max(40);
const attachmentIds = z
  .array(id)
  .max(CONSULTATION_LIMITS.attachmentsMax, `Attach at most ${CONSULTATION_LIMITS.attachmentsMax} files.`)
  .default([]);

export const ZStartConsultation = z.object({
  doctorId: id,
  /** The public question the patient came from ("consult privately" under an answer). */
  sourceQuestionId: z.coerce.number().int().positive().optional(),
  subject: z
    .string({ error: "Give your consultation a short subject." })
    .trim()
    .min(CONSULTATION_LIMITS.subjectMin, `Give it a subject of at least ${CONSULTATION_LIMITS.subjectMin} characters.`)
    .max(CONSULTATION_LIMITS.subjectMax, `Keep the subject under ${CONSULTATION_LIMITS.subjectMax} characters.`),
  body: z
    .string({ error: "Describe what worries you." })
    .trim()
    .min(
      CONSULTATION_LIMITS.bodyMin,
      `Describe what worries you in at least ${CONSULTATION_LIMITS.bodyMin} characters.`,
    )
    .max(CONSULTATION_LIMITS.bodyMax, `Keep the description under ${CONSULTATION_LIMITS.bodyMax} characters.`),
  attachmentIds,
});

export const ZConsultationMessage = z.object({
  consultationId: id,
  body: z
    .string({ error: "Write your message." })
    .trim()
    .min(CONSULTATION_LIMITS.messageMin, "Write your message.")
    .max(CONSULTATION_LIMITS.messageMax, `Keep your message under ${CONSULTATION_LIMITS.messageMax} characters.`),
  attachmentIds,
});
export type TConsultationMessage = z.infer<typeof ZConsultationMessage>;

export const ZRateConsultation = z.object({
  consultationId: id,
  stars: z.coerce
    .number({ error: "Choose from 1 to 5 stars." })
    .int("Choose from 1 to 5 stars.")
    .min(1, "Choose from 1 to 5 stars.")
    .max(5, "Choose from 1 to 5 stars."),
  comment: z
    .string()
    .trim()
    .max(
      CONSULTATION_LIMITS.ratingCommentMax,
      `Keep the comment under ${CONSULTATION_LIMITS.ratingCommentMax} characters.`,
    )
    .optional()
    .transform((value) => (value ? value : undefined)),
});
export type TRateConsultation = z.infer<typeof ZRateConsultation>;

/** A doctor's offer. The form sends the price in major units ("35" or "35.50"); it is stored in minor units. */
export const ZConsultationOffer = z
  .object({
    offersConsultations: z.boolean(),
    price: z
      .string()
      .trim()
      .regex(/^\d{1,4}([.,]\d{1,2})?$/, "Enter the price as a number, for example 35 or 35.50.")
      .optional(),
    currency: z.enum(CONSULTATION_CURRENCIES, { error: "Choose EUR, USD or GBP." }).default("EUR"),
  })
  .transform((offer, context) => {
    const priceMinor = offer.price === undefined ? undefined : Math.round(Number(offer.price.replace(",", ".")) * 100);
    if (offer.offersConsultations && priceMinor === undefined) {
      context.addIssue({ code: "custom", path: ["price"], message: "Set a price to offer private consultations." });
      return z.NEVER;
    }
    if (
      priceMinor !== undefined &&
      (priceMinor < CONSULTATION_LIMITS.priceMinorMin || priceMinor > CONSULTATION_LIMITS.priceMinorMax)
    ) {
      context.addIssue({ code: "custom", path: ["price"], message: "Choose a price from 1.00 to 1,000.00." });
      return z.NEVER;
    }
    return { offersConsultations: offer.offersConsultations, priceMinor, currency: offer.currency };
  });
export type TConsultationOffer = z.infer<typeof ZConsultationOffer>;

/** The price as the offer form shows it ("35.00" for 3500; "" when none was ever set): what ZConsultationOffer reads back. */
export function priceInputValue(priceMinor: number | null): string {
  return priceMinor === null ? "" : (priceMinor / 100).toFixed(2);
}
