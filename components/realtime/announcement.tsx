"use client";

import { useCallback, useState } from "react";

export type Announcement = { text: string; count: number };

/** What a live feature tells screen-reader users about news that arrived without their asking. */
export function useAnnouncement(): [Announcement, (text: string) => void] {
  // A counter alongside the text: the same words twice in a row ("New reply from Mark") are still announced.
  const [announcement, setAnnouncement] = useState<Announcement>({ text: "", count: 0 });
  const announce = useCallback(
    (text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 })),
    [],
  );
  return [announcement, announce];
}

/** The polite live region that reads an announcement out; invisible on screen. */
export function LiveAnnouncement({ announcement }: { announcement: Announcement }) {
  return (
    <p aria-live="polite" className="sr-only">
      {announcement.text}
      {announcement.count % 2 === 1 ? "\u00a0" : ""}
    </p>
  );
}
