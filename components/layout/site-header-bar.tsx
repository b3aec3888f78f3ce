"use client";

import { Stethoscope } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { VISITOR_ONLY } from "@/lib/cache/member-view-cookie";
import type { HeaderAccount } from "@/lib/notifications/load-header-badges";
import { useKeptPageAccount } from "./kept-page-account";
import { NotificationsLink } from "./notifications-link";
import { SignOutButton } from "./sign-out-button";

const ROLE_BADGES: Partial<Record<HeaderAccount["role"], string>> = {
  DOCTOR: "Doctor",
  MODERATOR: "Moderator",
  ADMIN: "Admin",
};

const NAV_LINK =
  "inline-flex min-h-11 items-center rounded-lg px-2 font-semibold text-ink no-underline hover:underline";

/**
 * The header's markup. `account` is the signed-in user's when the page was rendered for them; on a kept page (the
 * same for everyone) it is null and the account the page's viewer fetch publishes takes its place.
 */
export function SiteHeaderBar({ account }: { account: HeaderAccount | null }) {
  const kept = useKeptPageAccount();
  const user = account ?? kept;
  const unread = user?.unread ?? 0;
  const pendingReports = user?.pendingReports ?? null;
  const roleBadge = user ? ROLE_BADGES[user.role] : undefined;

  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center justify-between gap-x-2 gap-y-1 px-4 py-2">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center gap-1.5 text-xl font-bold text-brand-strong no-underline"
        >
          <Stethoscope aria-hidden="true" className="size-6" />
          Consilium
        </Link>

        <div className="flex min-w-0 items-center gap-1">
          {user ? (
            <>
              <span className="flex min-w-0 items-center gap-2">
                <span className="sr-only">Signed in as </span>
                <span className="max-w-[9rem] truncate font-semibold sm:max-w-[14rem]">{user.name}</span>
                {roleBadge && <Badge tone="brand">{roleBadge}</Badge>}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className={`${NAV_LINK} ${VISITOR_ONLY}`}>
                Sign in
              </Link>
              <Link href="/sign-up" className={`${buttonClasses("secondary", "", "sm")} ${VISITOR_ONLY}`}>
                Sign up
              </Link>
            </>
          )}
        </div>

        <nav aria-label="Main" className="w-full">
          <ul className="-ml-2 flex flex-wrap gap-x-2">
            <li>
              <Link href="/" className={NAV_LINK}>
                Questions
              </Link>
            </li>
            <li>
              <Link href="/ask" className={NAV_LINK}>
                Ask a doctor
              </Link>
            </li>
            <li>
              <Link href="/search" className={NAV_LINK}>
                Search
              </Link>
            </li>
            <li>
              <Link href="/articles" className={NAV_LINK}>
                Articles
              </Link>
            </li>
            {user?.role === "DOCTOR" && (
              <li>
                <Link href="/doctor/queue" className={NAV_LINK}>
                  My queue
                </Link>
              </li>
            )}
            {user?.role === "DOCTOR" && (
              <li>
                <Link href="/doctor/settings" className={NAV_LINK}>
                  Profile &amp; price
                </Link>
              </li>
            )}
            {(user?.role === "PATIENT" || user?.role === "DOCTOR") && (
              <li>
                <Link href="/consultations" className={NAV_LINK}>
                  Consultations
                </Link>
              </li>
            )}
            {user && (
              <li>
                <NotificationsLink unread={unread} className={`${NAV_LINK} gap-1.5`} />
              </li>
            )}
            {pendingReports !== null && (
              <li>
                <Link href="/staff/moderation" className={`${NAV_LINK} gap-1.5`}>
                  Moderation
                  {pendingReports > 0 && (
                    <span className="rounded-full bg-brand px-2 text-sm text-white">
                      {pendingReports > 99 ? "99+" : pendingReports}
                      <span className="sr-only"> to review</span>
                    </span>
                  )}
                </Link>
              </li>
            )}
            {user?.role === "ADMIN" && (
              <>
                <li>
                  <Link href="/staff/doctors" className={NAV_LINK}>
                    Doctor verification
                  </Link>
                </li>
                <li>
                  <Link href="/staff/audit" className={NAV_LINK}>
                    Audit log
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
