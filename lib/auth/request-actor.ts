// The actor behind a route handler's Request, read from the session cookie the request carries (as the socket.io
// handshake reads it). Route handlers that must also run outside Next's request scope — in integration tests,
// called with a plain Request — use this instead of currentActor().
import { loadActor } from "./load-actor";
import type { Actor } from "./permissions";
import { userIdFromCookieHeader } from "./session-cookie";

/** The signed-in actor as the database knows it now; null for a visitor, a forged or expired cookie, a gone account. */
export async function actorFromRequest(request: Request): Promise<Actor | null> {
  const userId = await userIdFromCookieHeader(request.headers.get("cookie"));
  return userId === null || userId === "invalid" ? null : loadActor(userId);
}
