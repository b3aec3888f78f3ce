// Upload limits and the upload request's headers: shared by the attachment picker (instant feedback), the
// upload route and the use-cases (the real checks). Safe to import from client components.
import { z } from "zod";
import { AttachmentVisibility } from "../generated/prisma/enums";

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

export const ZAttachmentVisibility = z.enum(AttachmentVisibility);
export type TAttachmentVisibility = z.infer<typeof ZAttachmentVisibility>;

/** POST /api/uploads: the body is the file itself; these headers describe it. */
export const ZUploadHeaders = z.object({
  /** X-File-Name, URL-encoded by the browser (header values are Latin-1 only). Shown, never used as a path. */
  fileName: z
    .string()
    .max(2000)
    .transform((value, context) => {
      try {
        return decodeURIComponent(value);
      } catch {
        context.addIssue({ code: "custom", message: "The file name could not be read." });
        return z.NEVER;
      }
    }),
  /** X-Visibility; test results are for doctors' eyes unless the patient chooses otherwise. */
  visibility: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(
      z.enum(AttachmentVisibility, { error: "X-Visibility must be PUBLIC or DOCTORS_ONLY." }).default("DOCTORS_ONLY"),
    ),
  /** Content-Length, when the client sent one. */
  contentLength: z.coerce.number().int().min(0).optional(),
});
export type TUploadHeaders = z.infer<typeof ZUploadHeaders>;
