import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import { cancelPendingEmails } from "../notifications/cancel-pending-emails";
import { type TNotificationSettings, ZNotificationSettings } from "../validation/notification-settings";
import { parseInput } from "../validation/parse-input";

/**
 * Changes how often the actor is e-mailed about notifications. On a change, every notification so far counts as
 * dealt with for the digest (digestedAt): leaving the digest must not send a late digest of old items, and joining
 * it must not send a digest of what was already e-mailed one by one or deliberately not e-mailed. Choosing no e-mail
 * also cancels what is still waiting in the outbox.
 */
export async function updateNotificationSettings(options: {
  actor: Viewer;
  input: unknown;
  now?: Date;
}): Promise<TNotificationSettings & { changed: boolean }> {
  const { actor, now = new Date() } = options;
  // Anyone signed in may choose, suspended or not: e-mail can always be turned off.
  if (!actor) throw new DomainError("FORBIDDEN", "Your session has ended. Please sign in again.");
  const { emailFrequency } = parseInput(ZNotificationSettings, options.input, "Please choose one of the options.");
  return db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, emailFrequency: { not: emailFrequency } },
      data: { emailFrequency },
    });
    if (count === 0) return { emailFrequency, changed: false };
    await tx.notification.updateMany({ where: { userId: actor.id, digestedAt: null }, data: { digestedAt: now } });
    if (emailFrequency === "NONE") await cancelPendingEmails(tx, actor.id);
    return { emailFrequency, changed: true };
  });
}
