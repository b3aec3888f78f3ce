import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { MEMBER_VIEW_SCRIPT } from "@/lib/cache/member-view-cookie";
import { env } from "@/lib/env";
import "./globals.css";

// The browser's own bars in the brand colour on phones, as the web manifest says (app/manifest.ts).
export const viewport: Viewport = { themeColor: "#0f6b66" };

export function generateMetadata(): Metadata {
  return {
    // Canonical and Open Graph URLs are resolved against the public origin.
    metadataBase: new URL(env().NEXTAUTH_URL),
    title: { default: "Consilium — free answers from doctors", template: "%s · Consilium" },
    description:
      "Ask a health question and get free, public answers from doctors of many specialties. " +
      "Read what doctors answered others with the same concern.",
    applicationName: "Consilium",
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The script may set data-member-view on <html> before React hydrates it (kept-page-account.ts).
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of our own, no user input. */}
        <script dangerouslySetInnerHTML={{ __html: MEMBER_VIEW_SCRIPT }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-lg bg-surface px-4 py-2 font-semibold focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 focus:outline-none sm:py-10">
          {children}
        </main>
        <footer className="border-t border-line bg-surface">
          <div className="mx-auto w-full max-w-3xl px-4 py-6 text-muted">
            <p>
              <strong className="text-ink">
                Answers on Consilium are not a substitute for an in-person examination.
              </strong>{" "}
              A doctor who cannot see you may miss what an examination would show. In an emergency, call your local
              emergency number.
            </p>
            <p className="mt-2">© Consilium</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
