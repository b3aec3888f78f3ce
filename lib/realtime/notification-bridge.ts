// One LISTEN connection per web process: the trigger on "Notification" (migration 20261126160000_notification_notify)
// names the user whose notifications changed, after the commit. Every use-case that creates or reads a
// notification is covered, present and future, without publishing anything itself. The same connection hears what
// the worker relays for socket.io rooms (relay.ts).
import { type ChannelListener, listenToChannels } from "../db/listen-channel";
import { parseRelayedEmit, RELAY_CHANNEL, type RelayedEmit } from "./relay";

export const NOTIFICATION_CHANNEL = "consilium_notification";

export type NotificationBridge = ChannelListener;

/**
 * Calls onChange(userId) for every committed change of a user's notifications. Changes made while the connection
 * was down are not heard, so onListening is called after every (re)connection for the caller to resend what it shows.
 */
export function listenForNotificationChanges(handlers: {
  onChange: (userId: string) => void;
  /** An emit the worker published (a job has no socket.io server of its own). */
  onRelayed?: (relayed: RelayedEmit) => void;
  onListening?: () => void;
}): NotificationBridge {
  return listenToChannels({
    channels: {
      [NOTIFICATION_CHANNEL]: handlers.onChange,
      [RELAY_CHANNEL]: (payload) => {
        const relayed = parseRelayedEmit(payload);
        if (relayed) handlers.onRelayed?.(relayed);
        else console.error("[realtime relay] ignored a payload that is not a relayed emit", payload);
      },
    },
    onListening: handlers.onListening,
  });
}
