"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useLiveUnread } from "./live-unread";

/** On the notification centre: more unread than the page shows means something new arrived; one click shows it. */
export function NewNotificationsNotice({ unread }: { unread: number }) {
  const live = useLiveUnread(unread);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const fresh = live - unread;
  return (
    <div aria-live="polite">
      {fresh > 0 && (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg border-l-4 border-brand bg-brand-soft p-3">
          <p className="font-semibold">{fresh === 1 ? "1 new notification" : `${fresh} new notifications`}</p>
          <Button size="sm" disabled={pending} onClick={() => startTransition(() => router.refresh())}>
            Show
          </Button>
        </div>
      )}
    </div>
  );
}
