"use client";

// The header's account when the page came from the page cache (rendered for nobody): the page's viewer fetch
// (components/questions/thread-viewer.tsx) publishes it, the header shows it. Pages rendered for the user pass the
// account to the header directly and never use this.
//
// Until it arrives, a kept page served to a member would show "Sign in" and "Sign up": the root layout's first
// script marks <html data-member-view> when server.ts's hint cookie is there, and CSS hides VISITOR_ONLY elements
// while it is set. Whoever knows the outcome settles it: the viewer fetch, or the header when no page awaits one.
import { useEffect, useSyncExternalStore } from "react";
import { MEMBER_VIEW_ATTRIBUTE } from "@/lib/cache/member-view-cookie";
import type { HeaderAccount } from "@/lib/notifications/load-header-badges";

let awaited = false;

/** A page that will fetch the member's part says so while rendering (before any effect runs). */
export function awaitKeptPageAccount(): void {
  awaited = true;
}

/** The visitor prompts may show again (or stay gone, when the account is known). */
function settleMemberView(): void {
  awaited = false;
  document.documentElement.removeAttribute(MEMBER_VIEW_ATTRIBUTE);
}

let account: HeaderAccount | null = null;
const listeners = new Set<() => void>();

export function publishKeptPageAccount(next: HeaderAccount | null): void {
  account = next;
  for (const listener of listeners) listener();
  settleMemberView();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useKeptPageAccount(): HeaderAccount | null {
  useEffect(() => {
    // The header's effect runs after every component rendered: no page awaits an account, show the prompts.
    if (!awaited) settleMemberView();
  }, []);
  return useSyncExternalStore(
    subscribe,
    () => account,
    () => null,
  );
}
