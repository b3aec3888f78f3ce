import { Bell, CheckCheck, Settings } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { NewNotificationsNotice } from "@/components/notifications/new-notifications-notice";
import { NotificationItem } from "@/components/notifications/notification-item";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { ZQuestionListFilter } from "@/lib/validation/question";
import { markAllReadAction, markReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireUser("/notifications");
  const { page } = ZQuestionListFilter.pick({ page: true }).parse(await searchParams);
  const list = await listNotifications({ actor, page });
  const newest = list.page === 1 ? list.items[0]?.createdAt : undefined;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold">Notifications</h1>
          <p className="mt-1 text-muted" data-testid="unread-summary">
            {list.unread === 0 ? "Nothing unread." : `${list.unread} unread.`}{" "}
            <Link href="/settings" className="inline-flex items-center gap-1">
              <Settings aria-hidden="true" className="size-4" />
              E-mail settings
            </Link>
          </p>
        </div>
        {list.unread > 0 && (
          <form action={markAllReadAction}>
            {newest && <input type="hidden" name="upTo" value={newest.toISOString()} />}
            <Button type="submit" variant="secondary">
              <CheckCheck aria-hidden="true" className="size-5" />
              Mark all as read
            </Button>
          </form>
        )}
      </div>
      {list.page === 1 && <NewNotificationsNotice unread={list.unread} />}
      {list.total === 0 ? (
        <EmptyState
          headingLevel="h2"
          icon={<Bell aria-hidden="true" className="size-8 text-muted" />}
          title="Nothing yet"
        >
          <p>
            When a doctor answers a question you follow, someone replies to you, or something happens in your
            consultations, it shows up here. <Link href="/">Browse the questions</Link>.
          </p>
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-2" aria-label="Your notifications, newest first">
          {list.items.map((item) => (
            <NotificationItem key={item.id} item={item} markRead={markReadAction} />
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
