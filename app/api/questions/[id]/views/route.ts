import { readCookie, userIdFromCookieHeader } from "@/lib/auth/session-cookie";
import { newVisitorId, VISITOR_COOKIE, visitorIdOf, visitorSetCookie } from "@/lib/auth/visitor";
import { countQuestionView } from "@/lib/questions/count-question-view";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * The question page's view beacon (components/questions/view-beacon.tsx), sent once per page load. Views count once
 * per viewer and UTC day: the account for a signed-in reader (read from the session cookie alone — a view is not
 * worth a database read), the visitor cookie otherwise, which this response sets when the browser has none yet.
 * The view is only queued here; it reaches the database with the next batch, within seconds.
 */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) return new Response(null, { status: 404 });
  const cookieHeader = request.headers.get("cookie");
  const userId = await userIdFromCookieHeader(cookieHeader);
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (userId !== null && userId !== "invalid") {
    countQuestionView({ questionId: Number(id), viewerKey: userId });
  } else {
    let visitorId = visitorIdOf(readCookie(cookieHeader, VISITOR_COOKIE));
    if (!visitorId) {
      visitorId = newVisitorId();
      headers.append("Set-Cookie", visitorSetCookie(visitorId, new URL(request.url).protocol === "https:"));
    }
    countQuestionView({ questionId: Number(id), viewerKey: visitorId });
  }
  return new Response(null, { status: 204, headers });
}
