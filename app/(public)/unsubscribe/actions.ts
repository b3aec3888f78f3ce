"use server";

import { attempt } from "@/app/_lib/form-action";
import { text } from "@/app/_lib/form-data";
import { unsubscribeFromEmail } from "@/lib/notifications/unsubscribe-from-email";
import type { FormState } from "@/lib/validation/form-state";

export async function unsubscribeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await attempt(
    {
      what: "unsubscribing",
      values: {},
      unexpected: "That did not work because of a problem on our side. Please try again.",
    },
    () => unsubscribeFromEmail({ token: text(formData, "token") ?? "" }),
  );
  return outcome.ok ? { ok: true, at: Date.now() } : outcome;
}
