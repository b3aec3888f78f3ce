"use client";

const REFRESH_DEBOUNCE_MS = 150;

/**
 * For a server-rendered page kept live by re-rendering it (router.refresh) on news: several pieces of news in a
 * burst make one re-render. `cancel` drops what is pending.
 */
export function debouncedRefresh(refresh: () => void): { refreshSoon: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    refreshSoon: () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_DEBOUNCE_MS);
    },
    cancel: () => clearTimeout(timer),
  };
}
