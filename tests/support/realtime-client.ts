// A browser tab's socket in tests: signed in as the person (next-auth's session cookie, as the handshake reads it),
// connected before it is returned. The caller keeps it to disconnect after its tests.
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { env } from "../../lib/env";
import type { ClientToServerEvents, ServerToClientEvents } from "../../lib/realtime/events";
import type { Person } from "./thread-fixtures";

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Registers listeners through `listen` before connecting, so no event sent on connect is missed. */
export async function connectAs(
  url: string,
  person: Person,
  listen: (socket: TestSocket) => void,
): Promise<TestSocket> {
  const token = await encode({ token: { uid: person.id, role: person.actor.role }, secret: env().NEXTAUTH_SECRET });
  const socket: TestSocket = connect(url, {
    transports: ["websocket"],
    extraHeaders: { cookie: `next-auth.session-token=${token}` },
    reconnection: false,
    forceNew: true,
  });
  listen(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return socket;
}
