"use client";

import { Inbox } from "lucide-react";
import { useEffect, useState } from "react";
import { LiveAnnouncement, useAnnouncement } from "@/components/realtime/announcement";
import { onEveryConnect, useRealtimeSocket } from "@/components/realtime/socket";
import { EmptyState } from "@/components/ui/empty-state";
import type { QueueQuestionEvent, QueueQuestionRow, QueueUpdateEvent } from "@/lib/realtime/queue-events";
import { applyQueueUpdate, insertionIndex } from "./queue-order";
import { QueueRow } from "./queue-row";

type LiveQueueProps = {
  rows: QueueQuestionRow[];
  /** The specialty rooms to join: the doctor's own, or the one filtered on. */
  specialtyIds: number[];
  /** Only questions with files are listed: a new one without is not added. */
  attachmentsOnly: boolean;
  /** A later page exists: a new question that sorts past this page's end is only announced. */
  hasMore: boolean;
  /** The server's clock when it rendered, so the first render matches; the browser's clock takes over after. */
  renderedAt: string;
  /** The doctor viewing: a question they answered (in another tab) leaves their queue. */
  doctorId: string;
};

/** The queue's questions, with new ones inserted at their place as they are asked (urgent ones on top). */
export function LiveQueue({
  rows: initialRows,
  specialtyIds,
  attachmentsOnly,
  hasMore,
  renderedAt,
  doctorId,
}: LiveQueueProps) {
  const [rows, setRows] = useState(initialRows);
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  const [now, setNow] = useState(() => Date.parse(renderedAt));
  const [announcement, announce] = useAnnouncement();
  const roomKey = specialtyIds.join(",");
  const socket = useRealtimeSocket();

  useEffect(() => setRows(initialRows), [initialRows]);

  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const ids = roomKey.split(",").filter(Boolean).map(Number);
    if (!socket || ids.length === 0) return;
    // The shared connection may be up already (the header's badge opened it): join now, and after every reconnect.
    const stopJoining = onEveryConnect(socket, () => socket.emit("queue:join", { specialtyIds: ids }, () => undefined));
    const onQuestion = ({ row }: QueueQuestionEvent) => {
      if (!ids.includes(row.specialty.id) || (attachmentsOnly && row.attachmentCount === 0)) return;
      setRows((current) => {
        if (current.some((existing) => existing.questionId === row.questionId)) return current;
        const index = insertionIndex(current, row, hasMore);
        if (index === null) return current;
        return [...current.slice(0, index), row, ...current.slice(index)];
      });
      setFresh((current) => new Set(current).add(row.questionId));
      announce(`New ${row.urgent ? "urgent " : ""}question in ${row.specialty.name}: ${row.title}`);
    };
    const onUpdate = (event: QueueUpdateEvent) =>
      setRows((current) => applyQueueUpdate(current, event, { doctorId, hasMore }));
    socket.on("queue:question", onQuestion);
    socket.on("queue:update", onUpdate);
    return () => {
      stopJoining();
      socket.off("queue:question", onQuestion);
      socket.off("queue:update", onUpdate);
      if (socket.connected) socket.emit("queue:leave", { specialtyIds: ids });
    };
  }, [socket, roomKey, attachmentsOnly, hasMore, announce, doctorId]);

  return (
    <>
      <LiveAnnouncement announcement={announcement} />
      {rows.length === 0 ? (
        <EmptyState icon={<Inbox aria-hidden="true" className="size-8 text-muted" />} title="No questions waiting">
          <p>New questions in your specialties appear here as they are asked; this page updates by itself.</p>
        </EmptyState>
      ) : (
        <ol aria-label="Questions waiting for an answer" className="flex flex-col gap-4">
          {rows.map((row) => (
            <li key={row.questionId}>
              <QueueRow row={row} now={now} fresh={fresh.has(row.questionId)} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
