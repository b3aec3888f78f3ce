import { recordAudit } from "../audit/record-audit";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePagesAfter } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { DomainError } from "../errors";
import { ZDoctorBio } from "../validation/doctor";
import { parseInput } from "../validation/parse-input";

export type UpdateDoctorBioOptions = {
  actor: Viewer;
  /** The form's values ({ bio }); parsed here with ZDoctorBio. */
  input: unknown;
  now?: Date;
};

export const ONLY_DOCTORS_BIO = "Only doctors have a public profile to describe.";

/**
 * A doctor's own "about me" on the public profile (plain text, paragraphs kept; empty clears it). Audited with the
 * text before and after, since patients weigh it when choosing whom to ask.
 */
export async function updateDoctorBio({
  actor,
  input,
  now = new Date(),
}: UpdateDoctorBioOptions): Promise<{ bio: string | null }> {
  const refusal = writeRefusal(actor, "change your profile", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "doctor.profile.edit", undefined, now))
    throw new DomainError("FORBIDDEN", ONLY_DOCTORS_BIO);
  const { bio } = parseInput(ZDoctorBio, input, "Please correct the highlighted field.");
  return invalidatePagesAfter(
    db().$transaction(async (tx) => {
      const before = await tx.doctorProfile.findUnique({ where: { userId: actor.id }, select: { bio: true } });
      if (!before) throw new DomainError("NOT_FOUND", "Your doctor profile does not exist.");
      if (before.bio === bio) return { bio };
      await tx.doctorProfile.update({ where: { userId: actor.id }, data: { bio } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "doctor.profile.bio",
        targetType: "DoctorProfile",
        targetId: actor.id,
        before: { bio: before.bio },
        after: { bio },
        at: now,
      });
      return { bio };
    }),
    [pageTags.doctor(actor.id)],
  );
}
