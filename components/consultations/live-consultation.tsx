"use client";

import { CircleCheck, WifiOff } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ConsultationMessageEvent } from "@/lib/realtime/consultation-events";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { threadCursor } from "@/lib/realtime/events";

type LiveConsultationProps = {
  consultationId: string;
  /** The thread's lastSeq as the server rendered it: the live channel resumes after it. */
  lastSeq: string;
  viewerId: string;
};

type Connection = "live" | "lost" | "restored" | "stopped";

const REFRESH_DEBOUNCE_MS = 150;
const RESTORED_SHOWN_MS = 4000;

/**
 * Keeps a server-rendered private thread live, as LiveThread does for public ones: on news it asks the server to
 * render the page again (router.refresh). That render also marks the other person's new messages read, so a message
 * that arrives while the thread is open on screen is read at once — but not while the tab is in the background:
 * the refresh then waits until the page is visible again.
 */
export function LiveConsultation({ consultationId, lastSeq, viewerId }: LiveConsultationProps) {
  const router = useRouter();
  const [announcement, setAnnouncement] = useState({ text: "", count: 0 });
  const [connection, setConnection] = useState<Connection>("live");
  const cursorRef = useRef<ReturnType<typeof threadCursor> | null>(null);
  const lastSeqRef = useRef(lastSeq);

  useEffect(() => {
    lastSeqRef.current = lastSeq;
    cursorRef.current?.rendered(lastSeq);
  }, [lastSeq]);

  useEffect(() => {
    const cursor = threadCursor(lastSeqRef.current);
    cursorRef.current = cursor;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let restoredTimer: ReturnType<typeof setTimeout> | undefined;
    let joinedBefore = false;
    let refreshWhenVisible = false;

    const refreshSoon = () => {
      if (document.visibilityState === "hidden") {
        refreshWhenVisible = true;
        return;
      }
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => router.refresh(), REFRESH_DEBOUNCE_MS);
    };
    const onVisible = () => {
      if (document.visibilityState === "visible" && refreshWhenVisible) {
        refreshWhenVisible = false;
        refreshSoon();
      }
    };
    document.addEventListener("visibilitychange", onVisible);
    const announce = (text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 }));
    const receive = (events: ConsultationMessageEvent[]) => {
      const fresh = events.filter((event) => event.consultationId === consultationId && cursor.accept(event.seq));
      if (fresh.length === 0) return;
      const fromOther = fresh.filter((event) => event.message.authorId !== viewerId);
      const [only] = fromOther;
      if (fromOther.length === 1 && only) announce(`New message from ${only.message.authorName}`);
      else if (fromOther.length > 1) announce(`${fromOther.length} new messages`);
      refreshSoon();
    };

    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ transports: ["websocket", "polling"] });
    socket.on("connect", () => {
      const rejoin = joinedBefore;
      joinedBefore = true;
      socket.emit("consultation:join", { consultationId, afterSeq: cursor.afterSeq }, (result) => {
        if (result.ok) receive(result.missed);
        else if (result.error === "not found") setConnection("stopped");
        // Offline, the page may also have missed a read receipt or a state change, which carry no seq.
        if (rejoin) refreshSoon();
      });
      if (rejoin) {
        setConnection("restored");
        clearTimeout(restoredTimer);
        restoredTimer = setTimeout(() => setConnection("live"), RESTORED_SHOWN_MS);
      }
    });
    socket.on("disconnect", (reason) => {
      if (reason === "io client disconnect") return;
      clearTimeout(restoredTimer);
      setConnection("lost");
      if (reason === "io server disconnect") socket.connect();
    });
    socket.on("connect_error", () => {
      if (!socket.active) setConnection("stopped");
      else if (joinedBefore) setConnection("lost");
    });
    socket.on("consultation:message", (event) => receive([event]));
    socket.on("consultation:read", (event) => {
      if (event.consultationId !== consultationId || event.readerId === viewerId) return;
      announce("Your messages were read");
      refreshSoon();
    });
    socket.on("consultation:state", (event) => {
      if (event.consultationId !== consultationId) return;
      refreshSoon();
    });

    return () => {
      clearTimeout(refreshTimer);
      clearTimeout(restoredTimer);
      document.removeEventListener("visibilitychange", onVisible);
      socket.disconnect();
      cursorRef.current = null;
    };
  }, [consultationId, viewerId, router]);

  return (
    <>
      <p aria-live="polite" className="sr-only">
        {announcement.text}
        {announcement.count % 2 === 1 ? "\u00a0" : ""}
      </p>
      <div role="status" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
        {connection !== "live" && (
          <p
            className={`pointer-events-auto inline-flex items-center gap-2 rounded-full border px-4 py-2 shadow-md ${
              connection === "restored"
                ? "border-success bg-success-soft text-success"
                : "border-field bg-neutral-soft text-neutral"
            }`}
          >
            {connection === "restored" ? (
              <CircleCheck aria-hidden="true" className="size-4 shrink-0" />
            ) : (
              <WifiOff aria-hidden="true" className="size-4 shrink-0" />
            )}
            {connection === "lost" && "Live updates paused — reconnecting…"}
            {connection === "restored" && "Live updates restored"}
            {connection === "stopped" && "Live updates stopped — reload the page to see new messages"}
          </p>
        )}
      </div>
    </>
  );
}
