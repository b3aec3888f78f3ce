"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { markConsultationReadAction } from "@/app/(member)/consultations/[id]/actions";
import { LiveAnnouncement, useAnnouncement } from "@/components/realtime/announcement";
import { ConnectionStatus, useConnectionState } from "@/components/realtime/connection-status";
import { debouncedRefresh } from "@/components/realtime/refresh-soon";
import { onEveryConnect, useRealtimeSocket } from "@/components/realtime/socket";
import { useThreadCursor } from "@/components/realtime/thread-cursor";
import type {
  ConsultationMessageEvent,
  ConsultationReadEvent,
  ConsultationStateEvent,
} from "@/lib/realtime/consultation-events";

type LiveConsultationProps = {
  consultationId: string;
  /** The thread's lastSeq as the server rendered it: the live channel resumes after it. */
  lastSeq: string;
  /** The newest message from the other participant that the viewer has not read yet (null: none). */
  newestUnreadSeq: string | null;
  viewerId: string;
};

/**
 * Keeps a server-rendered private thread live, as LiveThread does for public ones: on news it asks the server to
 * render the page again (router.refresh). It also tells the server when the other person's messages have been seen:
 * when the page shows unread ones and is visible — at once, after a live refresh, or when a background tab is shown
 * again — never by rendering the page (a prefetch or a background tab reads nothing).
 */
export function LiveConsultation({ consultationId, lastSeq, newestUnreadSeq, viewerId }: LiveConsultationProps) {
  const router = useRouter();
  const socket = useRealtimeSocket();
  const { state: connection, markStopped } = useConnectionState(socket);
  const [announcement, announce] = useAnnouncement();
  const startCursor = useThreadCursor(lastSeq);

  useEffect(() => {
    if (!socket) return;
    const cursor = startCursor();
    const { refreshSoon, cancel: cancelRefresh } = debouncedRefresh(() => router.refresh());
    const receive = (events: ConsultationMessageEvent[]) => {
      const fresh = events.filter((event) => event.consultationId === consultationId && cursor.accept(event.seq));
      if (fresh.length === 0) return;
      const fromOther = fresh.filter((event) => event.message.authorId !== viewerId);
      const [only] = fromOther;
      if (fromOther.length === 1 && only) announce(`New message from ${only.message.authorName}`);
      else if (fromOther.length > 1) announce(`${fromOther.length} new messages`);
      refreshSoon();
    };

    const stopJoining = onEveryConnect(socket, (rejoin, current) => {
      socket.emit("consultation:join", { consultationId, afterSeq: cursor.afterSeq }, (result) => {
        if (!current()) return;
        if (result.ok) receive(result.missed);
        else if (result.error === "not found") markStopped();
        // Offline, the page may also have missed a read receipt or a state change, which carry no seq.
        if (rejoin) refreshSoon();
      });
    });
    const onMessage = (event: ConsultationMessageEvent) => receive([event]);
    const onRead = (event: ConsultationReadEvent) => {
      if (event.consultationId !== consultationId || event.readerId === viewerId) return;
      announce("Your messages were read");
      refreshSoon();
    };
    const onState = (event: ConsultationStateEvent) => {
      if (event.consultationId !== consultationId) return;
      refreshSoon();
    };
    socket.on("consultation:message", onMessage);
    socket.on("consultation:read", onRead);
    socket.on("consultation:state", onState);

    return () => {
      cancelRefresh();
      stopJoining();
      socket.off("consultation:message", onMessage);
      socket.off("consultation:read", onRead);
      socket.off("consultation:state", onState);
      // The tab keeps its connection on the next page: stop this consultation's news.
      if (socket.connected) socket.emit("consultation:leave", { consultationId });
    };
  }, [socket, consultationId, viewerId, router, markStopped, startCursor, announce]);

  useEffect(() => {
    if (newestUnreadSeq === null) return;
    let sent = false;
    const markReadIfVisible = () => {
      if (sent || document.visibilityState !== "visible") return;
      sent = true;
      void markConsultationReadAction(consultationId);
    };
    markReadIfVisible();
    document.addEventListener("visibilitychange", markReadIfVisible);
    return () => document.removeEventListener("visibilitychange", markReadIfVisible);
  }, [consultationId, newestUnreadSeq]);

  return (
    <>
      <LiveAnnouncement announcement={announcement} />
      <ConnectionStatus state={connection} stoppedText="Live updates stopped — reload the page to see new messages" />
    </>
  );
}
