// POST /api/email/unsubscribe?token=… — RFC 8058 one-click unsubscribe from the List-Unsubscribe header: the mail
// client posts "List-Unsubscribe=One-Click" without cookies. 200 | 404 { error } for a link we did not make.
import { isDomainError } from "@/lib/errors";
import { unsubscribeFromEmail } from "@/lib/notifications/unsubscribe-from-email";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  try {
    await unsubscribeFromEmail({ token });
    return Response.json({ unsubscribed: true });
  } catch (error) {
    if (isDomainError(error)) return Response.json({ error: error.message }, { status: 404 });
    console.error("one-click unsubscribe failed unexpectedly", error);
    return Response.json({ error: "That did not work because of a problem on our side." }, { status: 500 });
  }
}
