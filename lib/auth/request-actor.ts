// The actor behind a route handler's Request, read from the next-auth session cookie the request carries (as the
// socket.io handshake reads it). Route handlers that must also run outside Next's request scope — in integration
// tests, called with a plain Request — use this instead of currentActor().
import { decode } from "next-auth/jwt";
import { env } from "../env";
import { loadActor } from "./load-actor";
import type { Actor } from "./permissions";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** The signed-in actor as the database knows it now; null for a visitor, a forged or expired cookie, a gone account. */
export async function actorFromRequest(request: Request): Promise<Actor | null> {
  const cookies = request.headers.get("cookie");
  const token = SESSION_COOKIES.map((name) => readCookie(cookies, name)).find(Boolean);
  if (!token) return null;
  const payload = await decode({ token, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  return typeof payload?.uid === "string" ? loadActor(payload.uid) : null;
}
