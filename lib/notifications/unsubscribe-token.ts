// The token in every notification e-mail's unsubscribe link: the user's id and an HMAC of it under the app's secret,
// so a link turns off e-mail for exactly one account and cannot be made up for another. It never expires: it only
// ever turns e-mail off, and a person may click a months-old e-mail's link.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env";

const signatureOf = (userId: string) =>
  createHmac("sha256", env().NEXTAUTH_SECRET).update(`email-unsubscribe:${userId}`).digest("base64url");

export function unsubscribeToken(userId: string): string {
  return `${userId}.${signatureOf(userId)}`;
}

/** The user id the token was made for, or null when it was not made by us (or was changed). */
export function userIdOfUnsubscribeToken(token: string): string | null {
  const match = /^([a-z0-9]{1,40})\.([A-Za-z0-9_-]{43})$/i.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const expected = Buffer.from(signatureOf(match[1]));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
}

/** The page a person lands on from the link in the e-mail's text (it asks before changing anything). */
export const unsubscribePageUrl = (origin: string, userId: string) =>
  `${origin}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId))}`;

/** RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" here. */
export const oneClickUnsubscribeUrl = (origin: string, userId: string) =>
  `${origin}/api/email/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId))}`;
