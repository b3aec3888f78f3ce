"use server";

import { revalidatePath } from "next/cache";
import { attempt } from "@/app/_lib/form-action";
import { text } from "@/app/_lib/form-data";
import { updateNotificationSettings } from "@/lib/accounts/update-notification-settings";
import type { EmailFrequencyState } from "@/lib/validation/notification-settings";

export async function saveEmailFrequencyAction(
  _previous: EmailFrequencyState,
  formData: FormData,
): Promise<EmailFrequencyState> {
  const input = { emailFrequency: text(formData, "emailFrequency") };
  const outcome = await attempt(
    {
      what: "saving the e-mail setting",
      values: {},
      unexpected: "Your choice could not be saved because of a problem on our side. Please try again.",
    },
    (actor) => updateNotificationSettings({ actor, input }),
  );
  if (!outcome.ok) return outcome;
  revalidatePath("/settings");
  return { ok: true, at: Date.now(), emailFrequency: outcome.result.emailFrequency };
}
