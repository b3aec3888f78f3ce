import { can, type Viewer } from "../auth/permissions";
import { DomainError } from "../errors";
import { sendNotices } from "../notifications/send-notices";
import { writeRefusal } from "../questions/lock-question";
import { ZRemoveDoctorPhoto } from "../validation/doctor";
import { replaceDoctorPhoto } from "./replace-doctor-photo";
import { ONLY_DOCTORS_PHOTO } from "./update-doctor-photo";

export type RemoveDoctorPhotoOptions = {
  actor: Viewer;
  doctorId: string;
  /** The form's values ({ reason }), needed when staff remove another person's photo; parsed with ZRemoveDoctorPhoto. */
  input?: unknown;
  now?: Date;
};

/**
 * Back to initials; the stored photo is deleted. A doctor removes their own; a moderator or administrator removes
 * an unsuitable one with a reason, which the doctor is told and the audit log keeps. Removing a photo that is not
 * there changes nothing.
 */
export async function removeDoctorPhoto({ actor, doctorId, input, now = new Date() }: RemoveDoctorPhotoOptions) {
  const refusal = writeRefusal(actor, "change a photo", now);
  if (refusal) throw refusal;
  if (!actor) throw new DomainError("FORBIDDEN", ONLY_DOCTORS_PHOTO);

  if (actor.id === doctorId) {
    if (!can(actor, "doctor.profile.edit", undefined, now)) throw new DomainError("FORBIDDEN", ONLY_DOCTORS_PHOTO);
    await replaceDoctorPhoto({ doctorId, actorId: actor.id, storageKey: null, now });
    return;
  }
  if (!can(actor, "doctor.photo.moderate", undefined, now)) {
    // Another doctor's photo is none of a non-staff member's business: as if it were not there.
    throw new DomainError("NOT_FOUND", "This doctor does not exist.");
  }
  const parsed = ZRemoveDoctorPhoto.safeParse(input ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Give a reason.";
    throw new DomainError("INVALID", message, { reason: [message] });
  }
  const { reason } = parsed.data;
  await replaceDoctorPhoto({
    doctorId,
    actorId: actor.id,
    storageKey: null,
    reason,
    now,
    alsoInTransaction: async (tx) => {
      await sendNotices(
        tx,
        [
          {
            userId: doctorId,
            type: "CONTENT_HIDDEN",
            title: "A moderator removed your profile photo",
            body: `Reason: ${reason}. You can upload another photo in your profile settings.`,
            url: "/doctor/settings",
            createdAt: now,
          },
        ],
        "You receive this e-mail because a moderator changed your public profile on Consilium.",
      );
    },
  });
}
