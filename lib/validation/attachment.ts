// The upload request's headers and who may see a file: shared by the upload route and the use-cases. Not for
// client components (zod, Prisma's enums): they take the limits from ./attachment-limits.
import { z } from "zod";
import { AttachmentVisibility } from "../generated/prisma/enums";

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
