import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import { doctorPhotoUrl } from "./doctor-photo-url";
import { ONLY_DOCTORS_PHOTO } from "./update-doctor-photo";

export type OwnDoctorProfile = { doctorId: string; name: string; photoUrl: string | null; bio: string | null };

/** What the signed-in doctor can change on their public profile (also before verification), for the settings page. */
export async function getOwnDoctorProfile({ actor }: { actor: Viewer }): Promise<OwnDoctorProfile> {
  if (!actor || !can(actor, "doctor.profile.view")) throw new DomainError("FORBIDDEN", ONLY_DOCTORS_PHOTO);
  const profile = await db().doctorProfile.findUnique({
    where: { userId: actor.id },
    select: { photoUpdatedAt: true, bio: true, user: { select: { name: true } } },
  });
  if (!profile) throw new DomainError("NOT_FOUND", "Your doctor profile does not exist.");
  return {
    doctorId: actor.id,
    name: profile.user.name,
    photoUrl: doctorPhotoUrl(actor.id, profile.photoUpdatedAt),
    bio: profile.bio,
  };
}
