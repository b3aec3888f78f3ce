// What a complaint may say, shared by the Complain dialog, the moderation queue and lib/validation/complaint.ts.
// Plain data without zod: client components import it, and importing a schema file would bring zod (about 30 KB
// gzip) into the page's first load.

export const COMPLAINT_REASONS = [
  "SPAM",
  "ABUSE",
  "DANGEROUS_ADVICE",
  "PERSONAL_DATA",
  "ADVERTISING",
  "OFF_TOPIC",
  "OTHER",
] as const;

/** The words people choose from, in this order. */
export const COMPLAINT_REASON_LABELS: Record<(typeof COMPLAINT_REASONS)[number], string> = {
  SPAM: "Spam",
  ABUSE: "Rude or abusive",
  DANGEROUS_ADVICE: "Dangerous medical advice",
  PERSONAL_DATA: "Personal data exposed",
  ADVERTISING: "Advertising",
  OFF_TOPIC: "Not an answer / off topic",
  OTHER: "Other (please explain)",
};

export const COMPLAINT_NOTE_MAX = 1000;
