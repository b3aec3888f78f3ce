// Upload limits, shared by the attachment picker (instant feedback), lib/validation/attachment.ts and the use-cases
// (the real checks). Plain data without zod: client components import it, and importing a schema file would bring
// zod (about 30 KB gzip) into the page's first load.

export const ATTACHMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  /** Per question or message; QUESTION_LIMITS and MESSAGE_LIMITS say the same. */
  perPost: 5,
  fileNameMax: 200,
  /** Uploads not (yet) attached to a post, per user within 24 hours: a bound on what one account can park here. */
  unattachedPerDay: 20,
} as const;

/** What the file picker offers; the server checks the bytes, not this list. */
export const ACCEPTED_UPLOAD_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;

export const TOO_LARGE_MESSAGE = `This file is larger than ${ATTACHMENT_LIMITS.maxBytes / (1024 * 1024)} MB. Please send a smaller photo or PDF.`;
