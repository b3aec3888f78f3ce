"use client";

// The signed-in viewer's part of a question page, for the islands that show it (reply forms, follow, close, thanks,
// Complain, "Dr. X is answering", files only they may open). A page rendered for the viewer passes it in; a kept page
// (the same bytes for everyone, lib/cache) has none and fetches it when server.ts marked the response as served to a
// member. Outside a provider the hook returns undefined, and components fall back to what their props say.
import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { awaitKeptPageAccount, publishKeptPageAccount } from "@/components/layout/kept-page-account";
import { MEMBER_VIEW_COOKIE } from "@/lib/cache/member-view-cookie";
import type { PageViewerResponse } from "@/lib/questions/load-thread-viewer";
import type { ThreadViewerState } from "@/lib/questions/thread-viewer-state";

const ThreadViewerContext = createContext<{ state: ThreadViewerState | null } | undefined>(undefined);

/** The viewer's state; null for a visitor (or until a kept page has fetched it); undefined outside a question page. */
export function useThreadViewer(): ThreadViewerState | null | undefined {
  return useContext(ThreadViewerContext)?.state;
}

const hasMemberHint = () => document.cookie.split("; ").some((part) => part.startsWith(`${MEMBER_VIEW_COOKIE}=`));

export function ThreadViewerProvider({
  questionId,
  initial,
  children,
}: {
  questionId: number;
  /** Set when the server rendered the page for this viewer; null for the page for nobody. */
  initial: ThreadViewerState | null;
  children: ReactNode;
}) {
  const router = useRouter();
  const [fetched, setFetched] = useState<ThreadViewerState | null>(null);
  if (!initial && typeof document !== "undefined" && hasMemberHint()) awaitKeptPageAccount();

  useEffect(() => {
    if (initial || !hasMemberHint()) return;
    const controller = new AbortController();
    fetch(`/api/questions/${questionId}/viewer`, { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<PageViewerResponse>) : null))
      .then((body) => {
        // A session that ended since (the hint outlives it by a minute at most): the page is right as it is.
        if (!body?.thread) {
          publishKeptPageAccount(null);
          return;
        }
        publishKeptPageAccount(body.account);
        // Something only this viewer may read is missing from the kept page: have it rendered for them.
        if (body.thread.personal) router.refresh();
        else setFetched(body.thread);
      })
      .catch(() => {
        // Aborted, or offline: the page stays as it is for everybody; a reload tries again.
        if (!controller.signal.aborted) publishKeptPageAccount(null);
      });
    return () => controller.abort();
  }, [questionId, initial, router]);

  return <ThreadViewerContext value={{ state: initial ?? fetched }}>{children}</ThreadViewerContext>;
}
