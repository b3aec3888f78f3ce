import {
  BadgeCheck,
  Ban,
  CreditCard,
  EyeOff,
  Flag,
  Lock,
  type LucideIcon,
  Mail,
  MessageSquareText,
  Reply,
  RotateCcw,
  ShieldX,
  Stethoscope,
  TriangleAlert,
} from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { NotificationItem as Item } from "@/lib/notifications/list-notifications";
import { NOTIFICATION_KINDS } from "@/lib/notifications/notification-kinds";

const ICONS: Record<Item["type"], LucideIcon> = {
  NEW_ANSWER: MessageSquareText,
  NEW_REPLY: Reply,
  QUESTION_CLOSED: Lock,
  COMPLAINT_RESOLVED: Flag,
  CONTENT_HIDDEN: EyeOff,
  AUTHOR_WARNED: TriangleAlert,
  AUTHOR_SUSPENDED: Ban,
  CONSULTATION_PAID: CreditCard,
  CONSULTATION_ANSWERED: Stethoscope,
  CONSULTATION_REFUNDED: RotateCcw,
  CONSULTATION_MESSAGE: Mail,
  DOCTOR_VERIFIED: BadgeCheck,
  DOCTOR_REJECTED: ShieldX,
};

/**
 * One notification: what kind it is (icon and label), "Unread" in words as well as colour, and its link, which
 * goes through /notifications/<id>/open so that opening it marks it read.
 */
export function NotificationItem({ item, markRead }: { item: Item; markRead: (formData: FormData) => Promise<void> }) {
  const Icon = ICONS[item.type];
  return (
    <li
      className={`flex gap-3 rounded-lg border px-4 py-3 ${item.read ? "border-line bg-surface" : "border-l-4 border-brand bg-brand-soft"}`}
    >
      <Icon aria-hidden="true" className="mt-1 size-5 shrink-0 text-brand-strong" />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-semibold text-muted">{NOTIFICATION_KINDS[item.type].label}</span>
          {!item.read && <Badge tone="brand">Unread</Badge>}
        </p>
        <p className={`mt-1 ${item.read ? "" : "font-semibold"}`}>
          {item.url ? (
            // A plain link: prefetching would mark it read before anyone clicked.
            <a href={`/notifications/${item.id}/open`}>{item.title}</a>
          ) : (
            item.title
          )}
        </p>
        {item.body && <p className="mt-1 break-words text-muted">{item.body}</p>}
        <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-muted">
            <FormattedDate date={item.createdAt} />
          </p>
          {!item.read && (
            <form action={markRead}>
              <input type="hidden" name="notificationId" value={item.id} />
              <Button type="submit" variant="quiet" size="sm">
                Mark read<span className="sr-only">: {item.title}</span>
              </Button>
            </form>
          )}
        </div>
      </div>
    </li>
  );
}
