"use client";

import { LogOut } from "lucide-react";
import { useState } from "react";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        // next-auth's client (about 13 KB gzip) is loaded on the click: the header is on every page, a sign-out rare.
        try {
          const { signOut } = await import("next-auth/react");
          await signOut({ callbackUrl: "/" });
        } catch (error) {
          setPending(false); // the button works again; the error still reaches the console
          throw error;
        }
      }}
      className="inline-flex min-h-11 items-center gap-1.5 rounded-lg px-3 font-semibold text-brand underline hover:text-brand-strong disabled:opacity-60"
    >
      <LogOut aria-hidden="true" className="size-4" />
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
