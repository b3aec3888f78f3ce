import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/session";

// Staff pages (moderation queue, doctor verification, audit log): proxy.ts already sends signed-out
// visitors to sign-in; this sends everyone but moderators and admins away. It only redirects —
// each page's use-case still checks its own permission through can() (an admin-only page such as
// the audit log refuses moderators there).
export default async function StaffLayout({ children }: { children: ReactNode }) {
  await requireRole(["MODERATOR", "ADMIN"], "/staff/moderation");
  return children;
}
