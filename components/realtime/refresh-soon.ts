"use client";

const REFRESH_DEBOUNCE_MS = 150;

/**
 * For a server-rendered page kept live by re-rendering it (router.refresh) on news: several pieces of news in a
 * burst make one re-render. With `waitWhileHidden`, a tab in the background re-renders only once it is shown again
 * (a private thread's render marks messages read). `cancel` drops what is pending and stops listening.
 */
export function debouncedRefresh(
  refresh: () => void,
  { waitWhileHidden = false }: { waitWhileHidden?: boolean } = {},
): { refreshSoon: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refreshWhenVisible = false;

  const refreshSoon = () => {
    if (waitWhileHidden && document.visibilityState === "hidden") {
      refreshWhenVisible = true;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(refresh, REFRESH_DEBOUNCE_MS);
  };
  const onVisibilityChange = () => {
    if (document.visibilityState === "visible" && refreshWhenVisible) {
      refreshWhenVisible = false;
      refreshSoon();
    }
  };
  if (waitWhileHidden) document.addEventListener("visibilitychange", onVisibilityChange);

  return {
    refreshSoon,
    cancel: () => {
      clearTimeout(timer);
      if (waitWhileHidden) document.removeEventListener("visibilitychange", onVisibilityChange);
    },
  };
}
