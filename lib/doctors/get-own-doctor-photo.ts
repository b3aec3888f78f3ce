import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import { doctorPhotoUrl } from "./doctor-photo-url";
import { ONLY_DOCTORS_PHOTO } from "./update-doctor-photo";

/** The signed-in doctor's own photo (also before verification, when nobody else sees it), for the settings page. */
export async function getOwnDoctorPhoto({
  actor,
}: {
  actor: Viewer;
}): Promise<{ doctorId: string; name: string; photoUrl: string | null }> {
  if (actor?.role !== "DOCTOR") throw new DomainError("FORBIDDEN", ONLY_DOCTORS_PHOTO);
  const profile = await db().doctorProfile.findUnique({
    where: { userId: actor.id },
    select: { photoUpdatedAt: true, user: { select: { name: true } } },
  });
  if (!profile) throw new DomainError("NOT_FOUND", "Your doctor profile does not exist.");
  return { doctorId: actor.id, name: profile.user.name, photoUrl: doctorPhotoUrl(actor.id, profile.photoUpdatedAt) };
}
