import { Bell } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { ZQuestionListFilter } from "@/lib/validation/question";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireUser("/notifications");
  const { page } = ZQuestionListFilter.pick({ page: true }).parse(await searchParams);
  const list = await listNotifications({ actor, page });
  // Seen is read: what this page shows as new is marked read for the next visit.
  const unseen = list.items.filter((item) => !item.read).map((item) => item.id);
  if (unseen.length > 0) await markNotificationsRead({ actor, notificationIds: unseen });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Notifications</h1>
      {list.total === 0 ? (
        <EmptyState
          headingLevel="h2"
          icon={<Bell aria-hidden="true" className="size-8 text-muted" />}
          title="Nothing yet"
        >
          <p>
            When a doctor answers a question you follow, or someone replies to you, it shows up here.{" "}
            <Link href="/">Browse the questions</Link>.
          </p>
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-2">
          {list.items.map((item) => (
            <li
              key={item.id}
              className={`rounded-lg border px-4 py-3 ${item.read ? "border-line bg-surface" : "border-brand bg-brand-soft"}`}
            >
              <p className="font-semibold">
                {!item.read && <span className="sr-only">New: </span>}
                {item.url ? <Link href={item.url}>{item.title}</Link> : item.title}
              </p>
              {item.body && <p className="mt-1 text-muted">{item.body}</p>}
              <p className="mt-1 text-sm text-muted">
                <FormattedDate date={item.createdAt} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        basePath="/notifications"
        label="Notification pages"
        previousLabel="Newer notifications"
        nextLabel="Older notifications"
      />
    </div>
  );
}
