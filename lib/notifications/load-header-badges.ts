import type { Viewer } from "../auth/permissions";
import { countPendingComplaintGroups } from "../complaints/count-pending-complaint-groups";
import type { Role } from "../generated/prisma/enums";
import { countUnreadNotifications } from "./count-unread-notifications";

export type HeaderBadges = { unread: number; pendingReports: number | null };
/** Everything the site header shows of a signed-in user. */
export type HeaderAccount = HeaderBadges & { name: string; role: Role };

/**
 * The site header's counts on every page for a signed-in user: unread notifications (one count), and for moderators
 * and admins the reports waiting in the queue (one more). A visitor costs nothing. `role` is the session's, which
 * only spares patients and doctors the actor read; the complaint count still checks the fresh actor.
 */
export async function loadHeaderBadges(options: {
  userId: string | null;
  role: Role | null;
  actor: () => Promise<Viewer>;
}): Promise<HeaderBadges> {
  if (!options.userId) return { unread: 0, pendingReports: null };
  const staff = options.role === "MODERATOR" || options.role === "ADMIN";
  const [unread, pendingReports] = await Promise.all([
    countUnreadNotifications({ userId: options.userId }),
    staff ? options.actor().then((actor) => countPendingComplaintGroups({ actor })) : null,
  ]);
  return { unread, pendingReports };
}
