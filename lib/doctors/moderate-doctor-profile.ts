import { recordAudit } from "../audit/record-audit";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePagesAfter } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db, type Tx } from "../db";
import { DomainError } from "../errors";
import { sendNotices } from "../notifications/send-notices";
import { ZModerateDoctorProfile } from "../validation/doctor";
import { replaceDoctorPhoto } from "./replace-doctor-photo";

export type ModerateDoctorProfileOptions = {
  actor: Viewer;
  doctorId: string;
  /** The form's values ({ remove: "PHOTO" | "BIO", reason }); parsed here with ZModerateDoctorProfile. */
  input: unknown;
  now?: Date;
};

const WHAT = { PHOTO: "your profile photo", BIO: "the introduction on your profile" } as const;
const WHY = "You receive this e-mail because a moderator changed your public profile on Consilium.";

/**
 * A moderator or administrator takes down a doctor's unsuitable photo or "about you" text. The reason is written to
 * the audit log (with the removed text) and told to the doctor, who may put up another. Nothing to remove changes
 * nothing and tells nobody.
 */
export async function moderateDoctorProfile({
  actor,
  doctorId,
  input,
  now = new Date(),
}: ModerateDoctorProfileOptions): Promise<{ removed: boolean }> {
  const refusal = writeRefusal(actor, "moderate profiles", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "doctor.profile.moderate", undefined, now)) {
    throw new DomainError("FORBIDDEN", "Only moderators and administrators can take down parts of a profile.");
  }
  const parsed = ZModerateDoctorProfile.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "reason");
    const message = issue?.message ?? "Give a reason.";
    throw new DomainError("INVALID", message, { [field]: [message] });
  }
  const { remove, reason } = parsed.data;
  const tellTheDoctor = (tx: Tx) =>
    sendNotices(
      tx,
      [
        {
          userId: doctorId,
          type: "CONTENT_HIDDEN",
          title: `A moderator removed ${WHAT[remove]}`,
          body: `Reason: ${reason}. You can change your profile in your settings.`,
          url: "/doctor/settings",
          createdAt: now,
        },
      ],
      WHY,
    );

  if (remove === "PHOTO") {
    let removed = false;
    await replaceDoctorPhoto({
      doctorId,
      actorId: actor.id,
      storageKey: null,
      reason,
      now,
      alsoInTransaction: async (tx) => {
        removed = true;
        await tellTheDoctor(tx);
      },
    });
    return { removed };
  }

  return invalidatePagesAfter(
    db().$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ bio: string | null }[]>`
      SELECT bio FROM "DoctorProfile" WHERE "userId" = ${doctorId} FOR UPDATE`;
      if (!row) throw new DomainError("NOT_FOUND", "This doctor does not exist.");
      if (row.bio === null) return { removed: false };
      await tx.doctorProfile.update({ where: { userId: doctorId }, data: { bio: null } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "doctor.profile.bio.remove",
        targetType: "DoctorProfile",
        targetId: doctorId,
        before: { bio: row.bio },
        after: { bio: null },
        reason,
        at: now,
      });
      await tellTheDoctor(tx);
      return { removed: true };
    }),
    [pageTags.doctor(doctorId)],
  );
}
