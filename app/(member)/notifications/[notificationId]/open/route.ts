// Opening a notification: marks it read, then goes where it points. Only its owner gets past the use-case.
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";

export async function GET(request: Request, { params }: { params: Promise<{ notificationId: string }> }) {
  const { notificationId } = await params;
  const actor = await currentActor();
  if (!actor) return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(new URL(request.url).pathname)}`);
  try {
    const { url } = await markNotificationRead({ actor, notificationId });
    // Only paths inside the app: "//elsewhere" would leave it.
    const target = url?.startsWith("/") && !url.startsWith("//") ? url : "/notifications";
    return seeOther(target);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") {
      return new Response("This notification does not exist.", { status: 404 });
    }
    throw error;
  }
}

/** A relative Location: the browser resolves it against the address it used, whatever host the server sees. */
function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}
