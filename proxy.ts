// Runs before every page request, and does one cheap thing: sends signed-out people who open a members' page to
// sign-in first. Layouts and use-cases still check everything; this only redirects. It sets no cookie: anonymous
// pages may be cached and shared, so the visitor id for view counting comes from the view beacon's response.
import { type NextRequest, NextResponse } from "next/server";

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
  return NextResponse.next();
}

export const config = {
  // Members' pages only (":path*" also matches the bare prefix): public pages never pass through the proxy.
  matcher: [
    "/ask/:path*",
    "/my/:path*",
    "/notifications/:path*",
    "/settings/:path*",
    "/consultations/:path*",
    "/doctor/:path*",
    "/staff/:path*",
  ],
};
