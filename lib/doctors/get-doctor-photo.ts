import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import { getStorage } from "../storage/get-storage";
import type { StoredObject } from "../storage/storage";

const NO_PHOTO = "This doctor has no photo.";
const ID = /^[a-z0-9]{1,40}$/i;

/** A doctor's profile photo (a JPEG we produced), for whoever may see the profile; anyone else gets NOT_FOUND. */
export async function getDoctorPhoto({
  viewer,
  doctorId,
}: {
  viewer: Viewer;
  doctorId: string;
}): Promise<StoredObject> {
  if (!ID.test(doctorId)) throw new DomainError("NOT_FOUND", NO_PHOTO);
  const profile = await db().doctorProfile.findUnique({
    where: { userId: doctorId },
    select: { photoKey: true, verification: true, user: { select: { role: true } } },
  });
  const verified = profile?.verification === "VERIFIED" && profile.user.role === "DOCTOR";
  if (!profile?.photoKey || !can(viewer, "doctor.photo.view", { doctorId, verified })) {
    throw new DomainError("NOT_FOUND", NO_PHOTO);
  }
  const object = await getStorage().get(profile.photoKey);
  if (!object) throw new DomainError("NOT_FOUND", NO_PHOTO);
  return object;
}
