"use client";

// The user's own channel on the tab's shared socket, followed by the header badge and the notification centre: each
// page renders the count from the server, then follows "notifications:unread" (sent on connecting and on every
// change, whichever tab or use-case caused it).
import { useEffect, useState } from "react";
import { acquireSocket } from "@/components/realtime/socket";
import type { NotificationsUnreadEvent } from "@/lib/realtime/user-events";

/** The unread count: the server-rendered one until the live channel says otherwise, and again after a re-render. */
export function useLiveUnread(rendered: number): number {
  const [state, setState] = useState({ rendered, unread: rendered });
  if (state.rendered !== rendered) setState({ rendered, unread: rendered });
  useEffect(() => {
    const onUnread = ({ unread }: NotificationsUnreadEvent) => setState((previous) => ({ ...previous, unread }));
    let stopListening = () => {};
    const release = acquireSocket((socket) => {
      socket.on("notifications:unread", onUnread);
      stopListening = () => socket.off("notifications:unread", onUnread);
    });
    return () => {
      stopListening();
      release();
    };
  }, []);
  return state.rendered === rendered ? state.unread : rendered;
}
