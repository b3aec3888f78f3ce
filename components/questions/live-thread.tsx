"use client";

import { CircleCheck, WifiOff } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type {
  ClientToServerEvents,
  QuestionStatusEvent,
  ServerToClientEvents,
  ThreadMessageEvent,
} from "@/lib/realtime/events";
import { threadCursor } from "@/lib/realtime/events";
import { personName } from "./labels";

type LiveThreadProps = {
  questionId: number;
  /** The thread's lastSeq as the server rendered it (getQuestionThread): the live channel resumes after it. */
  lastSeq: string;
};

type Connection = "live" | "lost" | "restored" | "stopped";

const REFRESH_DEBOUNCE_MS = 150;
const RESTORED_SHOWN_MS = 4000;

function describeMessages(events: ThreadMessageEvent[]): string {
  const [only] = events;
  if (events.length === 1 && only) {
    const { kind, author } = only.message;
    return `New ${kind === "ANSWER" ? "answer" : "reply"} from ${personName(author.name, author.role)}`;
  }
  const kinds = new Set(events.map((event) => event.message.kind));
  const noun = kinds.size > 1 ? "answers and replies" : kinds.has("ANSWER") ? "answers" : "replies";
  return `${events.length} new ${noun}`;
}

function describeStatus(event: QuestionStatusEvent): string {
  return event.status === "CLOSED" ? "This question has been closed" : "This question is open again";
}

/**
 * Keeps a server-rendered thread live. It renders no messages itself: on news it asks the server to re-render the
 * page (router.refresh), so every per-viewer rule applies and what a user is typing survives. Around the thread it
 * adds only a screen-reader announcement of the news and a small note while the live connection is down.
 */
export function LiveThread({ questionId, lastSeq }: LiveThreadProps) {
  const router = useRouter();
  // A counter alongside the text: the same words twice in a row ("New reply from Mark") are still announced.
  const [announcement, setAnnouncement] = useState({ text: "", count: 0 });
  const [connection, setConnection] = useState<Connection>("live");
  const cursorRef = useRef<ReturnType<typeof threadCursor> | null>(null);
  const lastSeqRef = useRef(lastSeq);

  // Each refresh renders the page again with a newer lastSeq: what is on screen now.
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

    // Several messages in a burst make one re-render.
    const refreshSoon = () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => router.refresh(), REFRESH_DEBOUNCE_MS);
    };
    const announce = (text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 }));
    const receive = (events: ThreadMessageEvent[]) => {
      const fresh = events.filter((event) => event.questionId === questionId && cursor.accept(event.seq));
      if (fresh.length === 0) return;
      announce(describeMessages(fresh));
      refreshSoon();
    };

    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ transports: ["websocket", "polling"] });
    socket.on("connect", () => {
      const rejoin = joinedBefore;
      joinedBefore = true;
      // Every join asks for what came after the page's lastSeq or the last message seen: the first one covers
      // the moments between the server render and this connection, later ones the time offline.
      socket.emit("question:join", { questionId, afterSeq: cursor.afterSeq }, (result) => {
        if (result.ok) receive(result.missed);
        // Offline, the page may also have missed a close, a hidden or an edited message, which carry no seq.
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
      // socket.io retries every other loss by itself, but not a server that closed the socket (e.g. a restart).
      if (reason === "io server disconnect") socket.connect();
    });
    socket.on("connect_error", () => {
      // Not active: the handshake refused us (an expired session); socket.io will not retry.
      if (!socket.active) setConnection("stopped");
      else if (joinedBefore) setConnection("lost");
    });
    socket.on("thread:message", (event) => receive([event]));
    socket.on("question:status", (event) => {
      if (event.questionId !== questionId) return;
      announce(describeStatus(event));
      refreshSoon();
    });

    return () => {
      clearTimeout(refreshTimer);
      clearTimeout(restoredTimer);
      socket.disconnect();
      cursorRef.current = null;
    };
  }, [questionId, router]);

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
            {connection === "stopped" && "Live updates stopped — reload the page to see new answers"}
          </p>
        )}
      </div>
    </>
  );
}
