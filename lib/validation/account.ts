// One schema per form, shared by the form (field errors) and the use-case (the real check).
import { z } from "zod";
import type { FormValues } from "./form-state";

const email = z
  .string({ error: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email({ error: "Enter a valid e-mail address, like name@example.com." }));

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
const newPassword = z
  .string({ error: "Choose a password." })
  .min(10, "Use at least 10 characters for your password.")
  .max(200, "Use at most 200 characters for your password.")
  .refine((value) => new Set(value).size >= 4, "This password is too easy to guess: use more different characters.");

const name = z
  .string({ error: "Enter your name." })
  .trim()
  .min(2, "Enter your name (at least 2 characters).")
  .max(80, "Use at most 80 characters for your name.");

export const ZSignIn = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

const ZPatientSignUp = z.object({
  accountType: z.literal("patient"),
  name,
  email,
  password: newPassword,
});

const ZDoctorSignUp = z.object({
  accountType: z.literal("doctor"),
  name,
  email,
  password: newPassword,
  specialtyIds: z
    .array(z.coerce.number().int().positive())
    .min(1, "Choose at least one specialty.")
    .max(5, "Choose at most 5 specialties."),
  university: z
    .string({ error: "Enter the university you graduated from." })
    .trim()
    .min(3, "Enter the university you graduated from.")
    .max(160, "Use at most 160 characters."),
  degree: z.string().trim().max(120, "Use at most 120 characters.").optional(),
  // An empty box must be "missing", not 0 years (z.coerce alone would turn "" into 0).
  yearsOfExperience: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce
      .number({ error: "Enter your years of experience as a number." })
      .int("Enter whole years.")
      .min(0, "Years of experience cannot be negative.")
      .max(70, "Enter your real years of experience."),
  ),
  licenseNumber: z
    .string({ error: "Enter your licence or registration number." })
    .trim()
    .min(3, "Enter your licence or registration number.")
    .max(60, "Use at most 60 characters."),
});

export const ZSignUp = z.discriminatedUnion("accountType", [ZPatientSignUp, ZDoctorSignUp], {
  error: "Choose whether you are a patient or a doctor.",
});
export type TSignUp = z.infer<typeof ZSignUp>;
/** What the sign-up form sends back after a refusal: every field but the password. */
export type SignUpValues = Omit<FormValues<typeof ZSignUp>, "password">;
