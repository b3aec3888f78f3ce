import { recordAudit } from "../audit/record-audit";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePagesAfter } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db, type Tx } from "../db";
import { DomainError } from "../errors";
import type { VerificationState } from "../generated/prisma/enums";
import { appOrigin, sendNotices } from "../notifications/send-notices";
import { ZVerifyDoctor } from "../validation/doctor";
import { parseInput } from "../validation/parse-input";
import { ONLY_ADMINS_VERIFY } from "./list-doctor-applications";

export type DecideDoctorVerificationOptions = {
  actor: Viewer;
  /** The form's values; parsed here with ZVerifyDoctor. */
  input: unknown;
  now?: Date;
};

export type DoctorVerificationDecision = {
  doctorId: string;
  verification: "VERIFIED" | "REJECTED";
  decidedAt: Date;
};

export const ALREADY_DECIDED = "Another administrator has just decided this.";
const NO_SUCH_DOCTOR = "This doctor does not exist.";
export const VERIFIED_TITLE = "Your account is verified: you can answer questions now";
export const REJECTED_TITLE = "Your doctor account was not verified";

/** Which decision may follow which state: a rejected doctor may be approved later, a verified one is final here. */
const DECIDABLE_FROM: Record<"APPROVE" | "REJECT", readonly VerificationState[]> = {
  APPROVE: ["PENDING", "REJECTED"],
  REJECT: ["PENDING"],
};

/**
 * An administrator approves a doctor who signed up (they may answer from their next request on) or rejects
 * them with a reason they will read. In one transaction: the profile, the doctor's notification (and e-mail,
 * if they want e-mail at once) and the audit entry. Two administrators deciding the same doctor at once:
 * the update is conditional on the state read, so exactly one wins and the other gets CONFLICT.
 */
export async function decideDoctorVerification({
  actor,
  input,
  now = new Date(),
}: DecideDoctorVerificationOptions): Promise<DoctorVerificationDecision> {
  const refusal = writeRefusal(actor, "verify doctors", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "doctor.verify", undefined, now)) throw new DomainError("FORBIDDEN", ONLY_ADMINS_VERIFY);
  const { doctorId, decision, reason } = parseInput(ZVerifyDoctor, input);

  // A verified doctor gains a public profile and badges under their answers; a rejected one loses them.
  return invalidatePagesAfter(
    db().$transaction(async (tx) => {
      const profile = await tx.doctorProfile.findUnique({
        where: { userId: doctorId },
        select: {
          verification: true,
          rejectionReason: true,
          user: { select: { role: true, name: true } },
        },
      });
      if (profile?.user.role !== "DOCTOR") throw new DomainError("NOT_FOUND", NO_SUCH_DOCTOR);
      // Seen by this administrator as waiting, but decided since (a stale page, or a race): the same answer.
      if (!DECIDABLE_FROM[decision].includes(profile.verification)) throw new DomainError("CONFLICT", ALREADY_DECIDED);

      const approved = decision === "APPROVE";
      const verification = approved ? "VERIFIED" : "REJECTED";
      // Conditional on the state just read: a second administrator's update waits for the first one's row
      // lock, then finds the state changed and matches nothing.
      const { count } = await tx.doctorProfile.updateMany({
        where: { userId: doctorId, verification: profile.verification },
        data: approved
          ? { verification, verifiedAt: now, verifiedById: actor.id, rejectionReason: null }
          : { verification, verifiedAt: null, verifiedById: null, rejectionReason: reason ?? null },
      });
      if (count !== 1) throw new DomainError("CONFLICT", ALREADY_DECIDED);

      await recordAudit(tx, {
        actorId: actor.id,
        action: approved ? "doctor.verify" : "doctor.reject",
        targetType: "DoctorProfile",
        targetId: doctorId,
        before: { verification: profile.verification, rejectionReason: profile.rejectionReason },
        after: { verification, rejectionReason: approved ? null : (reason ?? null) },
        reason: reason ?? null,
        at: now,
      });
      await notifyDoctor(tx, { doctorId, user: profile.user, approved, reason, now });
      return { doctorId, verification, decidedAt: now };
    }),
    [pageTags.doctor(doctorId)],
  );
}

type DoctorContact = { name: string };

/** The doctor hears of the decision in the app and by e-mail as they chose (at once, in the digest, or not). */
async function notifyDoctor(
  tx: Tx,
  options: { doctorId: string; user: DoctorContact; approved: boolean; reason: string | undefined; now: Date },
): Promise<void> {
  const { doctorId, user, approved, reason, now } = options;
  const path = approved ? "/?show=unanswered" : null;
  const title = approved ? VERIFIED_TITLE : REJECTED_TITLE;
  const body = approved
    ? "Questions waiting for an answer are on the home page; answers outside your specialties are marked so."
    : `The administrator gave this reason: ${reason}`;
  const origin = appOrigin();
  const lines = approved
    ? [`${title}.`, "", body, "", `Unanswered questions: ${origin}${path}`]
    : [`${title}.`, "", `Reason: ${reason}`, "", "You can still sign in and read every question."];
  // sendNotices applies the doctor's e-mail setting (at once, daily digest or none) as for every other notification.
  await sendNotices(tx, [
    {
      userId: doctorId,
      type: approved ? "DOCTOR_VERIFIED" : "DOCTOR_REJECTED",
      title,
      body,
      url: path,
      createdAt: now,
      email: { subject: title, text: [`Hello ${user.name},`, "", ...lines].join("\n") },
    },
  ]);
}
