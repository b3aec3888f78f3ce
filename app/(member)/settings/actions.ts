"use server";

import { revalidatePath } from "next/cache";
import type { EmailFrequencyFormState } from "@/components/notifications/email-frequency-form";
import { updateNotificationSettings } from "@/lib/accounts/update-notification-settings";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";

export async function saveEmailFrequencyAction(
  _previous: EmailFrequencyFormState,
  formData: FormData,
): Promise<EmailFrequencyFormState> {
  const input = { emailFrequency: formData.get("emailFrequency") ?? undefined };
  try {
    const actor = await currentActor();
    if (!actor) return { ok: false, message: "Your session has ended. Please sign in again.", fieldErrors: {} };
    const { emailFrequency } = await updateNotificationSettings({ actor, input });
    revalidatePath("/settings");
    return { ok: true, emailFrequency, savedAt: Date.now() };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error("saving the e-mail setting failed unexpectedly", error);
    return {
      ok: false,
      message: "Your choice could not be saved because of a problem on our side. Please try again.",
      fieldErrors: {},
    };
  }
}
