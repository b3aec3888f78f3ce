import { can, type Viewer } from "../auth/permissions";
import { DomainError } from "../errors";
import { writeRefusal } from "../questions/lock-question";
import { replaceDoctorPhoto } from "./replace-doctor-photo";
import { ONLY_DOCTORS_PHOTO } from "./update-doctor-photo";

/** The doctor goes back to initials; the stored photo is deleted. Removing when there is none changes nothing. */
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
  if (!actor || !can(actor, "doctor.photo", undefined, now)) throw new DomainError("FORBIDDEN", ONLY_DOCTORS_PHOTO);
  if (actor.id !== doctorId) throw new DomainError("NOT_FOUND", "This doctor does not exist.");
  await replaceDoctorPhoto({ doctorId: actor.id, storageKey: null, now });
}
