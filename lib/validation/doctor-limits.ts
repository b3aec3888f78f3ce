// The profile text's length and the photo's messages, shared by the doctor's settings forms and
// lib/validation/doctor.ts. Plain data without zod: client components import it, and importing a schema file would
// bring zod (about 30 KB gzip) into the page's first load.
import { ATTACHMENT_LIMITS } from "./attachment-limits";

export const DOCTOR_BIO_MAX = 1000;

/** A doctor's profile photo: any attachment-sized image; the server crops and re-encodes it. */
export const PHOTO_TOO_LARGE = `This photo is larger than ${ATTACHMENT_LIMITS.maxBytes / (1024 * 1024)} MB. Please choose a smaller one.`;
export const PHOTO_NOT_IMAGE = "A profile photo must be a JPEG, PNG or WebP image.";
