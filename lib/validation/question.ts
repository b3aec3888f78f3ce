// Shared by the ask/close forms and their use-cases.
import { z } from "zod";
import { QUESTION_LIMITS } from "./question-limits";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : undefined));

export const ZAskQuestion = z.object({
  specialtyId: z.coerce
    .number({ error: "Choose the specialty of the doctor you want to ask." })
    .int()
    .positive("Choose the specialty of the doctor you want to ask."),
  title: z
    .string({ error: "Give your question a short title." })
    .trim()
    .min(QUESTION_LIMITS.titleMin, `Give your question a title of at least ${QUESTION_LIMITS.titleMin} characters.`)
    .max(QUESTION_LIMITS.titleMax, `Keep the title under ${QUESTION_LIMITS.titleMax} characters.`),
  body: z
    .string({ error: "Describe what worries you." })
    .trim()
    .min(QUESTION_LIMITS.bodyMin, `Describe what worries you in at least ${QUESTION_LIMITS.bodyMin} characters.`)
    .max(QUESTION_LIMITS.bodyMax, `Keep the description under ${QUESTION_LIMITS.bodyMax} characters.`),
  /** Shown instead of the account name; defaults to the account's first name. */
  shownName: optionalText(QUESTION_LIMITS.shownNameMax, `Use at most ${QUESTION_LIMITS.shownNameMax} characters.`),
  shownCity: optionalText(QUESTION_LIMITS.shownCityMax, `Use at most ${QUESTION_LIMITS.shownCityMax} characters.`),
  /** Files uploaded beforehand through /api/uploads by the same user. */
  attachmentIds: z
    .array(z.string().min(1).max(40))
    .max(QUESTION_LIMITS.attachmentsMax, `Attach at most ${QUESTION_LIMITS.attachmentsMax} files.`)
    .default([]),
  /** Codes of the warning signs ticked (lib/triage/red-flags.ts); the use-case checks them against the specialty. */
  redFlags: z
    .array(z.string().regex(/^[a-z0-9-]{1,60}$/, "Choose the warning signs from the list."))
    .max(QUESTION_LIMITS.redFlagsMax, "Choose the warning signs from the list.")
    .default([])
    .transform((codes) => [...new Set(codes)]),
});
export type TAskQuestion = z.infer<typeof ZAskQuestion>;

export const ZCloseQuestion = z.object({
  questionId: z.coerce.number().int().positive(),
  /** Required when a moderator closes someone else's question; the use-case checks that. */
  reason: optionalText(
    QUESTION_LIMITS.closeReasonMax,
    `Keep the reason under ${QUESTION_LIMITS.closeReasonMax} characters.`,
  ),
});
export type TCloseQuestion = z.infer<typeof ZCloseQuestion>;

export const ZQuestionListFilter = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  show: z.enum(["latest", "unanswered"]).catch("latest"),
  specialty: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
});
export type TQuestionListFilter = z.infer<typeof ZQuestionListFilter>;
