import type { Actor } from "../auth/permissions";
import { db } from "../db";
import type { TNotificationSettings } from "../validation/notification-settings";

/** The actor's own e-mail setting, for the settings page. */
export async function getNotificationSettings(options: {
  actor: Actor;
}): Promise<TNotificationSettings & { email: string }> {
  return db().user.findUniqueOrThrow({
    where: { id: options.actor.id },
    select: { emailFrequency: true, email: true },
  });
}
