import sharp from "sharp";
import { inspectUpload } from "../attachments/inspect-upload";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { DomainError } from "../errors";
import { getStorage } from "../storage/get-storage";
import { newStorageKey } from "../storage/storage";
import { ATTACHMENT_LIMITS } from "../validation/attachment-limits";
import { PHOTO_NOT_IMAGE, PHOTO_TOO_LARGE } from "../validation/doctor-limits";
import { doctorPhotoPath } from "./doctor-photo-url";
import { replaceDoctorPhoto } from "./replace-doctor-photo";

export type UpdateDoctorPhotoOptions = { actor: Viewer; doctorId: string; bytes: Uint8Array; now?: Date };

/** The side of the square photo we store; shown at 48 to 96 CSS pixels, so sharp on 2x and 3x screens too. */
export const DOCTOR_PHOTO_SIZE = 320;
export const ONLY_DOCTORS_PHOTO = "Only doctors can have a profile photo.";

/**
 * A doctor's own profile photo, shown on the profile, under answers and on articles. The upload is checked like any
 * attachment (by its bytes; re-encoded, so no EXIF or location survives), must be an image, and is stored as a
 * square JPEG cropped around what stands out. Replaces the previous photo; audited.
 */
export async function updateDoctorPhoto({
  actor,
  doctorId,
  bytes,
  now = new Date(),
}: UpdateDoctorPhotoOptions): Promise<{ photoUrl: string }> {
  const refusal = writeRefusal(actor, "change your photo", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "doctor.profile.edit", undefined, now))
    throw new DomainError("FORBIDDEN", ONLY_DOCTORS_PHOTO);
  // Only one's own: another doctor's photo is not found rather than forbidden.
  if (actor.id !== doctorId) throw new DomainError("NOT_FOUND", "This doctor does not exist.");
  if (bytes.length > ATTACHMENT_LIMITS.maxBytes)
    throw new DomainError("INVALID", PHOTO_TOO_LARGE, { file: [PHOTO_TOO_LARGE] });

  const file = await inspectUpload(bytes);
  if (file.kind !== "image") throw new DomainError("INVALID", PHOTO_NOT_IMAGE, { file: [PHOTO_NOT_IMAGE] });
  const square = await sharp(file.bytes)
    .resize(DOCTOR_PHOTO_SIZE, DOCTOR_PHOTO_SIZE, { fit: "cover", position: sharp.strategy.attention })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 85 })
    .toBuffer();
  const storageKey = newStorageKey("jpg", now);
  await getStorage().put(storageKey, square, "image/jpeg");
  await replaceDoctorPhoto({ doctorId: actor.id, actorId: actor.id, storageKey, now });
  return { photoUrl: doctorPhotoPath(actor.id, now) };
}
