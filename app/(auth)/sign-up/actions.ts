"use server";

import { text } from "@/app/_lib/form-data";
import { registerUser } from "@/lib/accounts/register-user";
import { isDomainError } from "@/lib/errors";

/** What was typed, minus the password, so a failed submit re-renders the form as the user left it. */
export type SignUpValues = {
  accountType?: string;
  name?: string;
  email?: string;
  specialtyIds?: string[];
  university?: string;
  degree?: string;
  yearsOfExperience?: string;
  licenseNumber?: string;
};

export type SignUpState =
  | { ok: null }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: SignUpValues }
  | { ok: true; email: string; role: "PATIENT" | "DOCTOR" };

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
      specialtyIds: formData.getAll("specialtyIds").filter((id): id is string => typeof id === "string"),
      university: text(formData, "university"),
      degree: text(formData, "degree"),
      // An empty box must not be coerced to 0 years by the schema: absent reads as "Enter … as a number".
      yearsOfExperience: text(formData, "yearsOfExperience") || undefined,
      licenseNumber: text(formData, "licenseNumber"),
    });
  }

  try {
    const user = await registerUser({ ...values, password: text(formData, "password") || undefined });
    return { ok: true, email: user.email, role: user.role };
  } catch (error) {
    if (isDomainError(error)) {
      return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
    }
    console.error("sign-up failed unexpectedly", { accountType }, error);
    return {
      ok: false,
      message: "Creating your account failed on our side. Please try again in a moment.",
      fieldErrors: {},
      values,
    };
  }
}
