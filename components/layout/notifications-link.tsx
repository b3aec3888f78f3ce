import Link from "next/link";

/** The header's link to the notification centre, with the unread count. */
export function NotificationsLink({ unread, className }: { userId: string; unread: number; className: string }) {
  return (
    <Link href="/notifications" className={className}>
      Notifications
      {unread > 0 && (
        <span className="rounded-full bg-brand px-2 text-sm text-white">
          {unread > 99 ? "99+" : unread}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}
