"use client";

import { useCallback, useEffect, useRef } from "react";
import { threadCursor } from "@/lib/realtime/events";

export type ThreadCursor = ReturnType<typeof threadCursor>;

/**
 * For a server-rendered thread kept live (public or private): returns a function that starts a fresh cursor at the
 * page's current lastSeq, for one subscription. Each refresh renders the page again with a newer lastSeq, which the
 * latest cursor learns: everything up to it is on screen.
 */
export function useThreadCursor(lastSeq: string): () => ThreadCursor {
  const cursorRef = useRef<ThreadCursor | null>(null);
  const lastSeqRef = useRef(lastSeq);

  useEffect(() => {
    lastSeqRef.current = lastSeq;
    cursorRef.current?.rendered(lastSeq);
  }, [lastSeq]);

  return useCallback(() => {
    const cursor = threadCursor(lastSeqRef.current);
    cursorRef.current = cursor;
    return cursor;
  }, []);
}
