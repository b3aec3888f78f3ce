"use client";

import { useEffect } from "react";

/**
 * Counts this page view after load: the page itself writes nothing (its HTML may be cached and shared), so the
 * browser reports the view. The server counts a viewer once a day, so a reload or React's double effect in
 * development does not inflate the count.
 */
export function ViewBeacon({ questionId }: { questionId: number }) {
  useEffect(() => {
    void fetch(`/api/questions/${questionId}/views`, { method: "POST", keepalive: true, credentials: "same-origin" })
      // A view that could not be reported is not worth telling the reader about.
      .catch(() => undefined);
  }, [questionId]);
  return null;
}
