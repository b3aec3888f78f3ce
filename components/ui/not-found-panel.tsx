import { SearchX } from "lucide-react";
import type { ReactNode } from "react";
import { ButtonLink } from "./button";

/** The panel of a not-found page: what was not found, why that may be, and the way back to the latest questions. */
export function NotFoundPanel({ title, heading, children }: { title: string; heading: string; children: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-4 rounded-xl border border-line bg-surface px-6 py-12 text-center">
      <title>{`${title} · Consilium`}</title>
      <SearchX aria-hidden="true" className="size-10 text-muted" />
      <h1 className="text-2xl font-bold">{heading}</h1>
      <p className="max-w-prose text-muted">{children}</p>
      <ButtonLink href="/" variant="secondary">
        See the latest questions
      </ButtonLink>
    </div>
  );
}
