"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { ZMarkAllRead, ZNotificationId } from "@/lib/validation/notification-settings";

export async function markReadAction(formData: FormData): Promise<void> {
  const parsed = ZNotificationId.safeParse({ notificationId: formData.get("notificationId") });
  const actor = await requireUser("/notifications");
  if (parsed.success) {
    try {
      await markNotificationRead({ actor, notificationId: parsed.data.notificationId });
    } catch (error) {
      // Gone meanwhile (the account's data was removed): the refreshed list shows the truth.
      if (!isDomainError(error) || error.code !== "NOT_FOUND") throw error;
    }
  }
  revalidatePath("/", "layout");
}

export async function markAllReadAction(formData: FormData): Promise<void> {
  const parsed = ZMarkAllRead.safeParse({ upTo: formData.get("upTo") || undefined });
  const actor = await requireUser("/notifications");
  await markAllNotificationsRead({ actor, upTo: parsed.success ? parsed.data.upTo : undefined });
  revalidatePath("/", "layout");
}
