// Next bundles lib/ separately from server.ts, so module state is not shared between them: the
// publisher is handed over on globalThis. Use-cases publish through it after their commit. In the web
// process it is the socket.io server; in the worker it relays each emit to the web processes through
// Postgres (relay.ts), so a job's publish reaches browsers too.
import type { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "./events";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** What publishers need of socket.io: emit one event to one room. */
export type RealtimePublisher = {
  to(room: string): {
    emit<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>): unknown;
  };
};

const registry = globalThis as unknown as { consiliumRealtime?: RealtimePublisher };

export function registerRealtime(publisher: RealtimePublisher | undefined): void {
  registry.consiliumRealtime = publisher;
}

/** The running publisher, or undefined where none runs (scripts, most tests). */
export function realtime(): RealtimePublisher | undefined {
  return registry.consiliumRealtime;
}
