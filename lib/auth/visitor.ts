/**
 * Anonymous visitor id cookie: question views are counted once per viewer per day. Only the view beacon
 * (app/api/questions/[id]/views) sets it — never a page, whose HTML may be cached and shared between visitors.
 */
export const VISITOR_COOKIE = "consilium_visitor";

const VISITOR_ID = /^[0-9a-f-]{36}$/;

/** The visitor id in a request's cookie, if it is one we could have issued. */
export function visitorIdOf(cookieValue: string | undefined): string | null {
  return cookieValue && VISITOR_ID.test(cookieValue) ? cookieValue : null;
}

export function newVisitorId(): string {
  return crypto.randomUUID();
}

/** The Set-Cookie header value that gives a browser its visitor id for a year. */
export function visitorSetCookie(visitorId: string, secure: boolean): string {
  return `${VISITOR_COOKIE}=${visitorId}; Path=/; Max-Age=${365 * 24 * 60 * 60}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
