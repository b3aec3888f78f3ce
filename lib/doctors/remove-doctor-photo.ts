import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { DomainError } from "../errors";
import { replaceDoctorPhoto } from "./replace-doctor-photo";
import { ONLY_DOCTORS_PHOTO } from "./update-doctor-photo";

/**
 * A doctor goes back to initials; the stored photo is deleted. Only one's own (staff take down an unsuitable one
 * with moderateDoctorProfile). Removing a photo that is not there changes nothing.
 */
export async function removeDoctorPhoto({
  actor,
  doctorId,
  now = new Date(),
}: {
  actor: Viewer;
  doctorId: string;
  now?: Date;
}): Promise<void> {
  const refusal = writeRefusal(actor, "change your photo", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "doctor.profile.edit", undefined, now)) {
    throw new DomainError("FORBIDDEN", ONLY_DOCTORS_PHOTO);
  }
  // Another doctor's photo is none of this doctor's business: as if it were not there.
  if (actor.id !== doctorId) throw new DomainError("NOT_FOUND", "This doctor does not exist.");
  await replaceDoctorPhoto({ doctorId, actorId: actor.id, storageKey: null, now });
}
