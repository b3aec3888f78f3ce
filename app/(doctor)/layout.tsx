import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/session";

// Doctors' pages (queue, consultation settings, earnings): proxy.ts already sends signed-out visitors to sign-in;
// this sends everyone but doctors away. Each page's use-case still checks its own permission through can().
export default async function DoctorLayout({ children }: { children: ReactNode }) {
  await requireRole(["DOCTOR"], "/doctor/queue");
  return children;
}
