import { recordAudit } from "../audit/record-audit";
import { invalidatePages } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db, type Tx } from "../db";
import { DomainError } from "../errors";
import { getStorage } from "../storage/get-storage";

/**
 * Points the doctor's profile at a new photo (or none), with an audit entry, in one transaction; the old object is
 * deleted only after the commit. The profile row is locked first, so two changes at once each delete the object the
 * other replaced and none is left behind. On failure the new object is deleted and the old photo stays. Removing
 * a photo that is not there changes nothing.
 */
export async function replaceDoctorPhoto(options: {
  doctorId: string;
  storageKey: string | null;
  now: Date;
  /** Who changes it: the doctor, or staff removing an unsuitable photo. */
  actorId: string;
  /** Staff's reason, written to the audit log. */
  reason?: string;
  /** More work in the same transaction once the photo changed (e.g. telling the doctor). */
  alsoInTransaction?: (tx: Tx) => Promise<void>;
}): Promise<void> {
  const { doctorId, storageKey, now, actorId, reason, alsoInTransaction } = options;
  const storage = getStorage();
  let previousKey: string | null;
  try {
    previousKey = await db().$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ photoKey: string | null }[]>`
        SELECT "photoKey" FROM "DoctorProfile" WHERE "userId" = ${doctorId} FOR UPDATE`;
      if (!row) throw new DomainError("NOT_FOUND", "Your doctor profile does not exist.");
      if (storageKey === null && row.photoKey === null) return null;
      await tx.doctorProfile.update({
        where: { userId: doctorId },
        data: { photoKey: storageKey, photoUpdatedAt: storageKey ? now : null },
      });
      await recordAudit(tx, {
        actorId,
        action: storageKey ? "doctor.photo.update" : "doctor.photo.remove",
        targetType: "DoctorProfile",
        targetId: doctorId,
        before: { hadPhoto: row.photoKey !== null },
        after: { hasPhoto: storageKey !== null },
        reason,
        at: now,
      });
      await alsoInTransaction?.(tx);
      return row.photoKey;
    });
  } catch (error) {
    if (storageKey) {
      await storage.delete(storageKey).catch((cleanupError: unknown) => {
        console.error("replaceDoctorPhoto: could not delete the new photo of a failed change", {
          storageKey,
          cleanupError,
        });
      });
    }
    throw error;
  }
  // The photo shows on the profile, under the doctor's answers and on their articles.
  await invalidatePages([pageTags.doctor(doctorId)]);
  if (previousKey && previousKey !== storageKey) {
    await storage.delete(previousKey).catch((cleanupError: unknown) => {
      console.error("replaceDoctorPhoto: could not delete the replaced photo", { previousKey, cleanupError });
    });
  }
}
