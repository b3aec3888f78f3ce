"use client";

// The header's account when the page came from the page cache (rendered for nobody): the page's viewer fetch
// (components/questions/thread-viewer.tsx) publishes it, the header shows it. Pages rendered for the user pass the
// account to the header directly and never use this.
import { useSyncExternalStore } from "react";
import type { HeaderAccount } from "@/lib/notifications/load-header-badges";

let account: HeaderAccount | null = null;
const listeners = new Set<() => void>();

export function publishKeptPageAccount(next: HeaderAccount | null): void {
  account = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useKeptPageAccount(): HeaderAccount | null {
  return useSyncExternalStore(
    subscribe,
    () => account,
    () => null,
  );
}
