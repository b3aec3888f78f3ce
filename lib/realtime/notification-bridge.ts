// One LISTEN connection per web process: the trigger on "Notification" (migration 20261126160000_notification_notify)
// names the user whose notifications changed, after the commit. Every use-case that creates or reads a
// notification is covered, present and future, without publishing anything itself.
import { type ChannelListener, listenToChannel } from "../db/listen-channel";

export const NOTIFICATION_CHANNEL = "consilium_notification";

export type NotificationBridge = ChannelListener;

/**
 * Calls onChange(userId) for every committed change of a user's notifications. Changes made while the connection
 * was down are not heard, so onListening is called after every (re)connection for the caller to resend what it shows.
 */
export function listenForNotificationChanges(handlers: {
  onChange: (userId: string) => void;
  onListening?: () => void;
}): NotificationBridge {
  return listenToChannel({
    channel: NOTIFICATION_CHANNEL,
    onMessage: handlers.onChange,
    onListening: handlers.onListening,
  });
}
