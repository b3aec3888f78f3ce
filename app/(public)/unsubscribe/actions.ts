"use server";

import { isDomainError } from "@/lib/errors";
import { unsubscribeFromEmail } from "@/lib/notifications/unsubscribe-from-email";

export type UnsubscribeState = { ok: null } | { ok: true } | { ok: false; message: string };

export async function unsubscribeAction(_previous: UnsubscribeState, formData: FormData): Promise<UnsubscribeState> {
  try {
    await unsubscribeFromEmail({ token: String(formData.get("token") ?? "") });
    return { ok: true };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message };
    console.error("unsubscribing failed unexpectedly", error);
    return { ok: false, message: "That did not work because of a problem on our side. Please try again." };
  }
}
