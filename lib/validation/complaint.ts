// Shared by the Complain dialog, the moderation queue's forms and their use-cases.
import { z } from "zod";
import { COMPLAINT_NOTE_MAX, COMPLAINT_REASONS } from "./complaint-reasons";

export const COMPLAINT_TARGET_TYPES = ["QUESTION", "MESSAGE", "CONSULTATION_MESSAGE", "ATTACHMENT", "USER"] as const;
export type ComplaintTargetType = (typeof COMPLAINT_TARGET_TYPES)[number];

export const COMPLAINT_SUBJECTS = ["CONTENT", "AUTHOR"] as const;

export const ZFileComplaint = z
  .object({
    targetType: z.enum(COMPLAINT_TARGET_TYPES, { error: "Choose what you are reporting." }),
    targetId: z.string().trim().min(1).max(40),
    reason: z.enum(COMPLAINT_REASONS, { error: "Choose a reason." }),
    /**
     * "AUTHOR" reports the person who wrote a question, message or file rather than the content: the complaint
     * becomes a USER complaint, and the author's account id never has to reach the browser.
     */
    about: z.enum(COMPLAINT_SUBJECTS).default("CONTENT"),
    note: z
      .string()
      .trim()
      .max(COMPLAINT_NOTE_MAX, `Keep the note under ${COMPLAINT_NOTE_MAX} characters.`)
      .optional()
      .transform((value) => value || undefined),
  })
  .refine((value) => value.reason !== "OTHER" || value.note, {
    path: ["note"],
    message: "Tell the moderators what is wrong: a note is needed when the reason is “Other”.",
  });
export type TFileComplaint = z.infer<typeof ZFileComplaint>;

/** What a moderator can do with a reported target; all its pending complaints are resolved together. */
export const MODERATION_ACTIONS = [
  "DISMISS",
  "HIDE",
  "RESTORE",
  "DELETE_ATTACHMENT",
  "WARN_AUTHOR",
  "SUSPEND_AUTHOR",
  "CLOSE_QUESTION",
] as const;

export const ZResolveComplaints = z
  .object({
    targetType: z.enum(COMPLAINT_TARGET_TYPES),
    targetId: z.string().trim().min(1).max(40),
    /**
     * The pending complaints the moderator was shown. The decision applies to exactly these: if another moderator
     * handled them meanwhile, or new ones arrived, the use-case refuses with CONFLICT instead of deciding blind.
     */
    complaintIds: z.array(z.string().min(1).max(40)).min(1).max(500),
    action: z.enum(MODERATION_ACTIONS, { error: "Choose what to do." }),
    /** Shown to the author ("hidden by a moderator: …") and the reporters; required except for DISMISS. */
    reason: z
      .string()
      .trim()
      .max(500, "Keep the reason under 500 characters.")
      .optional()
      .transform((value) => value || undefined),
    suspendDays: z.coerce.number().int().min(1, "Suspend for at least one day.").max(365).optional(),
  })
  .refine((value) => value.action === "DISMISS" || value.action === "RESTORE" || value.reason, {
    path: ["reason"],
    message: "Give a reason: the author and the people who complained will read it.",
  })
  .refine((value) => value.action !== "SUSPEND_AUTHOR" || value.suspendDays, {
    path: ["suspendDays"],
    message: "Choose for how many days.",
  });
export type TResolveComplaints = z.infer<typeof ZResolveComplaints>;

/** The moderation queue's filters, from the page's query string; anything malformed is simply ignored. */
export const ZComplaintQueueFilter = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  reason: z.enum(COMPLAINT_REASONS).optional().catch(undefined),
  specialty: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  /** "1": only complaints routed to medical reviewers (dangerous medical advice). */
  medical: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((value) => value === "1"),
  /** The decision just applied, for the page's confirmation after the redirect. */
  done: z.enum(MODERATION_ACTIONS).optional().catch(undefined),
});
export type TComplaintQueueFilter = z.infer<typeof ZComplaintQueueFilter>;
