// Next bundles lib/ separately from server.ts, so module state is not shared between them: the
// socket.io server is handed over on globalThis. Use-cases publish through it after their commit.
import type { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "./events";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const registry = globalThis as unknown as { consiliumRealtime?: RealtimeServer };

export function registerRealtime(io: RealtimeServer | undefined): void {
  registry.consiliumRealtime = io;
}

/** The running socket.io server, or undefined where none runs (scripts, most tests). */
export function realtime(): RealtimeServer | undefined {
  return registry.consiliumRealtime;
}
