import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";

// Members' pages: proxy.ts already sends signed-out visitors to sign-in with the page to come back to;
// this is the server-side check. Roles are checked by each page's use-cases.
export default async function MemberLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return children;
}
