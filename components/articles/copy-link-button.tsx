"use client";

import { Link2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies the article's address; the result is announced, and shown, next to the button. */
export function CopyLinkButton({ url }: { url: string }) {
  const [message, setMessage] = useState("");
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setMessage("Link copied");
          } catch {
            setMessage("Could not copy: select the address in your browser's address bar instead.");
          }
        }}
      >
        <Link2 aria-hidden="true" className="size-4" />
        Copy link
      </Button>
      <span role="status" className="text-muted">
        {message}
      </span>
    </span>
  );
}
