import type { ReactNode } from "react";

type EmptyStateProps = {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
  /** The title's heading level, one below the section it sits in. */
  headingLevel?: "h2" | "h3";
};

/** What the reader sees instead of an empty list: what happened, and what to do next. */
export function EmptyState({ title, children, action, icon, headingLevel: Heading = "h2" }: EmptyStateProps) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-field bg-surface px-6 py-10 text-center">
      {icon}
      <Heading className="text-xl font-semibold">{title}</Heading>
      {children && <div className="max-w-prose text-muted">{children}</div>}
      {action}
    </div>
  );
}
