import { z } from "zod";
import type { FormState } from "./form-state";

export const EMAIL_FREQUENCIES = ["IMMEDIATE", "DAILY_DIGEST", "NONE"] as const;

export const ZNotificationSettings = z.object({
  emailFrequency: z.enum(EMAIL_FREQUENCIES, { error: "Choose how often we may e-mail you." }),
});

export type TNotificationSettings = z.infer<typeof ZNotificationSettings>;
/** The settings form after a save: the choice now stored. */
export type EmailFrequencyState = FormState<object, TNotificationSettings>;

/** A notification named by a form (the "Mark read" button). */
export const ZNotificationId = z.object({ notificationId: z.string().min(1).max(40) });

/** "Mark all as read": up to the newest notification the page showed, so one arriving meanwhile stays unread. */
export const ZMarkAllRead = z.object({ upTo: z.iso.datetime().pipe(z.coerce.date()).optional() });
