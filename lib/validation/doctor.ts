// Doctor schemas and messages shared by forms and use-cases: the verification queues, the profile text, the photo
// and staff take-downs.
import { z } from "zod";
import { DOCTOR_BIO_MAX } from "./doctor-limits";

/** The queues an administrator works: doctors waiting for a first decision, and those turned down (who may be approved later). */
export const DOCTOR_APPLICATION_STATES = ["PENDING", "REJECTED"] as const;
export type DoctorApplicationState = (typeof DOCTOR_APPLICATION_STATES)[number];

export const ZDoctorApplicationFilter = z.object({
  state: z.enum(DOCTOR_APPLICATION_STATES).catch("PENDING"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TDoctorApplicationFilter = z.infer<typeof ZDoctorApplicationFilter>;

/** Staff taking down an unsuitable photo or introduction from a doctor's profile, with the reason the doctor is told. */
export const ZModerateDoctorProfile = z.object({
  remove: z.enum(["PHOTO", "BIO"], { error: "Choose what to remove." }),
  reason: z
    .string({ error: "Give a reason: the doctor will read it." })
    .trim()
    .min(1, "Give a reason: the doctor will read it.")
    .max(500, "Keep the reason under 500 characters."),
});
export type TModerateDoctorProfile = z.infer<typeof ZModerateDoctorProfile>;

/** A doctor's "about me" on the public profile; empty clears it. */
export const ZDoctorBio = z.object({
  bio: z
    .string({ error: "Write a few sentences about yourself, or leave the field empty." })
    .trim()
    .max(DOCTOR_BIO_MAX, `Keep it under ${DOCTOR_BIO_MAX} characters.`)
    .transform((value) => value.replace(/\r\n?/g, "\n").replace(/\n{3,}/g, "\n\n") || null),
});
export type TDoctorBio = z.infer<typeof ZDoctorBio>;

/** An administrator's decision on a doctor's credentials; a rejection says why. */
export const ZVerifyDoctor = z
  .object({
    doctorId: z.string().min(1).max(40),
    decision: z.enum(["APPROVE", "REJECT"], { error: "Choose approve or reject." }),
    reason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .transform((value) => value || undefined),
  })
  .refine((value) => value.decision === "APPROVE" || value.reason, {
    path: ["reason"],
    message: "Tell the doctor why: they will read it.",
  });
export type TVerifyDoctor = z.infer<typeof ZVerifyDoctor>;
