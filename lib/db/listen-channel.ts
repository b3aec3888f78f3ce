// One LISTEN connection for one or more Postgres channels, reopened when lost. NOTIFY is delivered only on commit, so what a
// listener hears has happened; what was sent while the connection was down is not heard, which onListening reports.
import pg from "pg";
import { databaseUrl } from "../env";

const RETRY_MAX_MS = 30_000;

export type ChannelListener = { stop: () => Promise<void> };

/**
 * Calls the channel's handler with the payload of every notification on it. A lost connection is opened again
 * (backing off up to 30 s); onListening is called after every (re)connection, so the caller can make up for what it
 * missed.
 */
export function listenToChannels(options: {
  channels: Record<string, (payload: string) => void>;
  onListening?: () => void;
}): ChannelListener {
  const names = Object.keys(options.channels);
  for (const name of names) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`listenToChannels: not a channel name: ${name}`);
  }
  const channel = names.join(",");
  let stopped = false;
  let client: pg.Client | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  const scheduleConnect = () => {
    retryTimer = setTimeout(connect, Math.min(RETRY_MAX_MS, 500 * 2 ** failures++));
    retryTimer.unref();
  };

  const retry = (failed: pg.Client, error?: unknown) => {
    if (stopped || client !== failed) return;
    client = undefined;
    if (error) console.error(`[${channel}] LISTEN connection lost; reconnecting`, error);
    failed.end().catch(() => undefined);
    scheduleConnect();
  };

  const connect = () => {
    if (stopped) return;
    let current: pg.Client;
    try {
      current = new pg.Client({ connectionString: databaseUrl() });
    } catch (error) {
      // No database configured yet: keep trying, the process has nothing to do without one anyway.
      console.error(`[${channel}] cannot LISTEN`, error);
      scheduleConnect();
      return;
    }
    client = current;
    current.on("notification", (message) => {
      const handler = Object.hasOwn(options.channels, message.channel) ? options.channels[message.channel] : undefined;
      if (handler && message.payload) handler(message.payload);
    });
    current.on("error", (error) => retry(current, error));
    current.on("end", () => retry(current, new Error("connection ended")));
    current
      .connect()
      .then(() => current.query(names.map((name) => `LISTEN ${name};`).join(" ")))
      .then(() => {
        if (client !== current) return;
        failures = 0;
        options.onListening?.();
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
