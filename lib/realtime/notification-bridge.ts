// One LISTEN connection per web process: the trigger on "Notification" (migration 20261126160000_notification_notify)
// names the user whose notifications changed, after the commit. Every use-case that creates or reads a
// notification is covered, present and future, without publishing anything itself. The same connection hears what
// the worker relays for socket.io rooms (relay.ts).
import pg from "pg";
import { databaseUrl } from "../env";
import { parseRelayedEmit, RELAY_CHANNEL, type RelayedEmit } from "./relay";

export const NOTIFICATION_CHANNEL = "consilium_notification";
const RETRY_MAX_MS = 30_000;

export type NotificationBridge = { stop: () => Promise<void> };

/**
 * Calls onChange(userId) for every committed change of a user's notifications. A lost connection is opened again
 * (backing off up to 30 s); since changes made meanwhile were not heard, onListening is called after every
 * (re)connection so the caller can resend what it shows.
 */
export function listenForNotificationChanges(handlers: {
  onChange: (userId: string) => void;
  /** An emit the worker published (a job has no socket.io server of its own). */
  onRelayed?: (relayed: RelayedEmit) => void;
  onListening?: () => void;
}): NotificationBridge {
  let stopped = false;
  let client: pg.Client | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  const retry = (failed: pg.Client, error?: unknown) => {
    if (stopped || client !== failed) return;
    client = undefined;
    if (error) console.error("[notifications] LISTEN connection lost; reconnecting", error);
    failed.end().catch(() => undefined);
    retryTimer = setTimeout(connect, Math.min(RETRY_MAX_MS, 500 * 2 ** failures++));
    retryTimer.unref();
  };

  const connect = () => {
    if (stopped) return;
    let current: pg.Client;
    try {
      current = new pg.Client({ connectionString: databaseUrl() });
    } catch (error) {
      // No database configured yet: keep trying, the web process has nothing to do without one anyway.
      console.error("[notifications] cannot LISTEN", error);
      retryTimer = setTimeout(connect, Math.min(RETRY_MAX_MS, 500 * 2 ** failures++));
      retryTimer.unref();
      return;
    }
    client = current;
    current.on("notification", (message) => {
      if (!message.payload) return;
      if (message.channel === NOTIFICATION_CHANNEL) handlers.onChange(message.payload);
      if (message.channel === RELAY_CHANNEL) {
        const relayed = parseRelayedEmit(message.payload);
        if (relayed) handlers.onRelayed?.(relayed);
        else console.error("[realtime relay] ignored a payload that is not a relayed emit", message.payload);
      }
    });
    current.on("error", (error) => retry(current, error));
    current.on("end", () => retry(current, new Error("connection ended")));
    current
      .connect()
      .then(() => current.query(`LISTEN ${NOTIFICATION_CHANNEL}; LISTEN ${RELAY_CHANNEL}`))
      .then(() => {
        if (client !== current) return;
        failures = 0;
        handlers.onListening?.();
      })
      .catch((error: unknown) => retry(current, error));
  };

  connect();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
