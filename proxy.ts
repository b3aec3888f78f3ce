// Runs before every page request. Two jobs, both cheap: give each browser an anonymous visitor id
// (question views are counted once per viewer per day), and send signed-out people who open a
// members' page to sign-in first. Layouts and use-cases still check everything; this only redirects.
import { type NextRequest, NextResponse } from "next/server";
import { VISITOR_COOKIE } from "./lib/auth/visitor";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];
const MEMBER_PATHS = ["/ask", "/my", "/notifications", "/settings", "/consultations", "/doctor", "/staff"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && MEMBER_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  if (request.cookies.has(VISITOR_COOKIE)) return NextResponse.next();
  // The page rendering this very request must see the id too, so it goes on the request as well.
  const visitorId = crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("cookie", [request.headers.get("cookie"), `${VISITOR_COOKIE}=${visitorId}`].filter(Boolean).join("; "));
  const response = NextResponse.next({ request: { headers } });
  response.cookies.set(VISITOR_COOKIE, visitorId, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.nextUrl.protocol === "https:",
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
  });
  return response;
}

export const config = {
  // Pages only: not the API, Next's assets or files with an extension.
  matcher: ["/((?!api/|_next/|socket\\.io/|.*\\.[a-z0-9]+$).*)"],
};
