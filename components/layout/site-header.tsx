import { currentActor, getSessionUser } from "@/lib/auth/session";
import { loadHeaderBadges } from "@/lib/notifications/load-header-badges";
import { SiteHeaderBar } from "./site-header-bar";

export async function SiteHeader() {
  const user = await getSessionUser();
  // currentActor is memoised per request: on a page that already loaded the actor this costs nothing more.
  const { unread, pendingReports } = await loadHeaderBadges({
    userId: user?.id ?? null,
    role: user?.role ?? null,
    actor: currentActor,
  });
  return <SiteHeaderBar account={user ? { name: user.name, role: user.role, unread, pendingReports } : null} />;
}
