"use client";

import Link from "next/link";
import { useLiveUnread } from "@/components/notifications/live-unread";

/** The header's link to the notification centre, with the unread count, kept current while the page is open. */
export function NotificationsLink({ unread, className }: { unread: number; className: string }) {
  const live = useLiveUnread(unread);
  return (
    <Link href="/notifications" className={className}>
      Notifications
      {live > 0 && (
        <span data-testid="unread-badge" className="rounded-full bg-brand px-2 text-sm text-white">
          {live > 99 ? "99+" : live}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}
