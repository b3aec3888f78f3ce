// Reads the next-auth session cookie from a raw Cookie header, for the places outside Next's request scope: the
// socket.io handshake and route handlers that tests call with a plain Request.
import { decode } from "next-auth/jwt";
import { env } from "../env";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** One cookie's value from a raw Cookie header. */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** The account id in the session cookie; null without one; "invalid" for a forged or expired one. */
export async function userIdFromCookieHeader(
  cookieHeader: string | null | undefined,
): Promise<string | null | "invalid"> {
  const token = SESSION_COOKIES.map((name) => readCookie(cookieHeader, name)).find(Boolean);
  if (!token) return null;
  const payload = await decode({ token, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  return typeof payload?.uid === "string" ? payload.uid : "invalid";
}
