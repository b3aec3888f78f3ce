"use client";

import { PenLine } from "lucide-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { acquireSocket, type LiveSocket, onEveryConnect } from "@/components/realtime/socket";
import type { ThreadMessageEvent } from "@/lib/realtime/events";
import type { AnsweringDoctor, AnsweringDoctorsEvent } from "@/lib/realtime/queue-events";
import { useThreadViewer } from "./thread-viewer";

/** A typing doctor renews the lock this often; the server lets it live ANSWERING_LOCK_SECONDS (90 s by default). */
const RENEW_EVERY_MS = 30_000;

type Shown = { doctorId: string; name: string; until: number };

const fromEvent = (doctors: AnsweringDoctor[]): Shown[] =>
  doctors.map((doctor) => ({
    doctorId: doctor.doctorId,
    name: doctor.name,
    until: Date.now() + doctor.expiresInSeconds * 1000,
  }));

function sentence(names: string[]): string {
  if (names.length === 1) return `${names[0]} is answering…`;
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)} are answering…`;
}

type AnsweringIndicatorProps = {
  questionId: number;
  /** Locks held when the page was rendered (listAnsweringDoctors). */
  initial: AnsweringDoctor[];
};

/** "Dr. Anna Petrova is answering…" under the question, live; gone when the lock expires or the answer is posted. */
export function AnsweringIndicator({ questionId, initial }: AnsweringIndicatorProps) {
  const [all, setDoctors] = useState<Shown[]>(() => fromEvent(initial));
  // The viewer is not told that they themselves are answering (the page is the same for everyone until it knows who).
  const viewerId = useThreadViewer()?.viewerId ?? null;
  const doctors = all.filter((doctor) => doctor.doctorId !== viewerId);

  useEffect(() => {
    let stopListening = () => {};
    const release = acquireSocket((socket) => {
      // The same room as LiveThread's (joining twice is harmless); LiveThread leaves it when the page goes.
      const stopJoining = onEveryConnect(socket, () => socket.emit("question:join", { questionId }, () => undefined));
      const onDoctors = (event: AnsweringDoctorsEvent) => {
        if (event.questionId === questionId) setDoctors(fromEvent(event.doctors));
      };
      socket.on("answer:doctors", onDoctors);
      // A posted answer ends its author's "answering" at once, before the lock's own release arrives.
      const onMessage = (event: ThreadMessageEvent) => {
        if (event.questionId !== questionId || event.message.kind !== "ANSWER") return;
        const name = event.message.author.name;
        setDoctors((shown) => shown.filter((doctor) => doctor.name !== name && doctor.name !== `Dr. ${name}`));
      };
      socket.on("thread:message", onMessage);
      stopListening = () => {
        stopJoining();
        socket.off("answer:doctors", onDoctors);
        socket.off("thread:message", onMessage);
      };
    });
    const prune = setInterval(() => {
      setDoctors((shown) => {
        const kept = shown.filter((doctor) => doctor.until > Date.now());
        return kept.length === shown.length ? shown : kept;
      });
    }, 5000);
    return () => {
      clearInterval(prune);
      stopListening();
      release();
    };
  }, [questionId]);

  return (
    <p aria-live="polite" className="-mt-6 min-h-6 text-muted">
      {doctors.length > 0 && (
        <span className="inline-flex items-center gap-2 italic">
          <PenLine aria-hidden="true" className="size-4 shrink-0" />
          {sentence(doctors.map((doctor) => doctor.name))}
        </span>
      )}
    </p>
  );
}

/**
 * For the answer form: tells the others that this doctor is writing (a soft lock, renewed while typing) and that they
 * stopped (posted, or left the field empty). Nobody is blocked either way.
 */
export function useAnsweringSignals(questionId: number) {
  const socketRef = useRef<LiveSocket | null>(null);
  const lastStart = useRef(0);

  useEffect(() => {
    const release = acquireSocket((socket) => {
      socketRef.current = socket;
      // Typing began while socket.io was still loading: tell the others now.
      if (lastStart.current > 0) socket.emit("answer:start", { questionId });
    });
    return () => {
      // The connection outlives this form, so its lock is not dropped with it: released here.
      if (lastStart.current > 0) socketRef.current?.emit("answer:stop", { questionId });
      socketRef.current = null;
      lastStart.current = 0;
      release();
    };
  }, [questionId]);

  const start = useCallback(() => {
    const now = Date.now();
    if (now - lastStart.current < RENEW_EVERY_MS) return;
    lastStart.current = now;
    socketRef.current?.emit("answer:start", { questionId });
  }, [questionId]);

  const stop = useCallback(() => {
    if (lastStart.current === 0) return;
    lastStart.current = 0;
    socketRef.current?.emit("answer:stop", { questionId });
  }, [questionId]);

  return {
    stop,
    onFocus: (event: { currentTarget: { value: string } }) => {
      if (event.currentTarget.value.trim()) start();
    },
    onInput: (event: { currentTarget: { value: string } }) => {
      if (event.currentTarget.value.trim()) start();
      else stop();
    },
    onBlur: (event: { currentTarget: { value: string } }) => {
      if (!event.currentTarget.value.trim()) stop();
    },
  };
}
