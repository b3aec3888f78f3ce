"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { LiveAnnouncement, useAnnouncement } from "@/components/realtime/announcement";
import { ConnectionStatus, useConnectionState } from "@/components/realtime/connection-status";
import { debouncedRefresh } from "@/components/realtime/refresh-soon";
import { onEveryConnect, useRealtimeSocket } from "@/components/realtime/socket";
import { useThreadCursor } from "@/components/realtime/thread-cursor";
import type { AnswerReactionsEvent, QuestionStatusEvent, ThreadMessageEvent } from "@/lib/realtime/events";
import { personName } from "./labels";

type LiveThreadProps = {
  questionId: number;
  /** The thread's lastSeq as the server rendered it (getQuestionThread): the live channel resumes after it. */
  lastSeq: string;
};

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
  const socket = useRealtimeSocket();
  const connection = useConnectionState(socket);
  const [announcement, announce] = useAnnouncement();
  const startCursor = useThreadCursor(lastSeq);

  useEffect(() => {
    if (!socket) return;
    const cursor = startCursor();
    const { refreshSoon, cancel: cancelRefresh } = debouncedRefresh(() => router.refresh());
    const receive = (events: ThreadMessageEvent[]) => {
      const fresh = events.filter((event) => event.questionId === questionId && cursor.accept(event.seq));
      if (fresh.length === 0) return;
      announce(describeMessages(fresh));
      refreshSoon();
    };

    const stopJoining = onEveryConnect(socket, (rejoin, current) => {
      // Every join asks for what came after the page's lastSeq or the last message seen: the first one covers
      // the moments between the server render and this connection, later ones the time offline.
      socket.emit("question:join", { questionId, afterSeq: cursor.afterSeq }, (result) => {
        if (!current()) return;
        if (result.ok) receive(result.missed);
        // Offline, the page may also have missed a close, a hidden or an edited message, which carry no seq.
        if (rejoin) refreshSoon();
      });
    });
    const onMessage = (event: ThreadMessageEvent) => receive([event]);
    const onStatus = (event: QuestionStatusEvent) => {
      if (event.questionId !== questionId) return;
      announce(describeStatus(event));
      refreshSoon();
    };
    // Thanks and agreement change only counts: re-render quietly, nothing to announce.
    const onReactions = (event: AnswerReactionsEvent) => {
      if (event.questionId === questionId) refreshSoon();
    };
    socket.on("thread:message", onMessage);
    socket.on("question:status", onStatus);
    socket.on("answer:reactions", onReactions);

    return () => {
      cancelRefresh();
      stopJoining();
      socket.off("thread:message", onMessage);
      socket.off("question:status", onStatus);
      socket.off("answer:reactions", onReactions);
      // The tab keeps its connection on the next page: stop this thread's news (AnsweringIndicator, which joins
      // the same room, lives and goes with this component on the question page).
      if (socket.connected) socket.emit("question:leave", { questionId });
    };
  }, [socket, questionId, router, startCursor, announce]);

  return (
    <>
      <LiveAnnouncement announcement={announcement} />
      <ConnectionStatus
        state={connection.state}
        stoppedText="Live updates stopped — reload the page to see new answers"
      />
    </>
  );
}
