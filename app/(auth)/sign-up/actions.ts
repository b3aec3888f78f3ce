"use server";

import { attempt } from "@/app/_lib/form-action";
import { list, text } from "@/app/_lib/form-data";
import { registerUser } from "@/lib/accounts/register-user";
import type { SignUpValues } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/form-state";

type SignUpState = FormState<SignUpValues, { email: string; role: "PATIENT" | "DOCTOR" }>;

export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const accountType = text(formData, "accountType");
  // Empty name, e-mail and password are sent as absent so the schema answers "Enter your …", not "too short".
  const values: SignUpValues = {
    accountType,
    name: text(formData, "name") || undefined,
    email: text(formData, "email") || undefined,
  };
  if (accountType === "doctor") {
    Object.assign(values, {
      specialtyIds: list(formData, "specialtyIds"),
      university: text(formData, "university"),
      degree: text(formData, "degree"),
      // An empty box must not be coerced to 0 years by the schema: absent reads as "Enter … as a number".
      yearsOfExperience: text(formData, "yearsOfExperience") || undefined,
      licenseNumber: text(formData, "licenseNumber"),
    });
  }
  const outcome = await attempt(
    {
      what: "sign-up",
      context: { accountType },
      values,
      unexpected: "Creating your account failed on our side. Please try again in a moment.",
    },
    () => registerUser({ ...values, password: text(formData, "password") || undefined }),
  );
  if (!outcome.ok) return outcome;
  return { ok: true, at: Date.now(), email: outcome.result.email, role: outcome.result.role };
}
