import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { AuditJson, AuditLogEntry } from "@/lib/audit/list-audit-log";

const ROLE_LABELS: Record<NonNullable<AuditLogEntry["actor"]>["role"], string> = {
  ADMIN: "Admin",
  MODERATOR: "Moderator",
  DOCTOR: "Doctor",
  PATIENT: "Patient",
};

// To the minute and in UTC, like the filter's days: an audit trail needs the time, not only the date.
const dateTime = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  hourCycle: "h23",
  timeZone: "UTC",
});

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col sm:flex-row sm:gap-3">
      <dt className="shrink-0 font-semibold sm:w-20">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function JsonBlock({ title, value }: { title: string; value: AuditJson | null }) {
  return (
    <div className="min-w-0">
      <p className="font-semibold">{title}</p>
      {value === null ? (
        <p className="text-muted">Nothing recorded</p>
      ) : (
        <pre className="mt-1 overflow-x-auto rounded-lg bg-neutral-soft p-3 text-sm whitespace-pre-wrap wrap-break-word">
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  );
}

/** One audit entry: when, who, what, to what, why, and the recorded state before and after. */
export function AuditEntry({ entry }: { entry: AuditLogEntry }) {
  const targetName = entry.target.label ?? entry.targetId;
  const historyHref = `/staff/audit?${new URLSearchParams({ targetType: entry.targetType, targetId: entry.targetId })}`;
  return (
    <article
      aria-labelledby={`audit-${entry.id}`}
      className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={`audit-${entry.id}`} className="font-mono text-lg font-bold break-all">
          {entry.action}
        </h3>
        <time dateTime={entry.createdAt.toISOString()} className="text-muted">
          {dateTime.format(entry.createdAt)} UTC
        </time>
      </div>
      <dl className="flex flex-col gap-1.5">
        <Row term="Who">
          {entry.actor ? (
            <span className="inline-flex flex-wrap items-center gap-x-2">
              <span className="font-semibold">{entry.actor.name}</span>
              <Badge tone={entry.actor.role === "ADMIN" ? "brand" : "neutral"}>{ROLE_LABELS[entry.actor.role]}</Badge>
              <span className="break-all text-muted">{entry.actor.email}</span>
            </span>
          ) : (
            <span>
              System <span className="text-muted">(done automatically)</span>
            </span>
          )}
        </Row>
        <Row term="Target">
          <span className="text-muted">{entry.targetType} </span>
          {entry.target.href ? <Link href={entry.target.href}>{targetName}</Link> : <span>{targetName}</span>}
          {entry.target.label && <span className="break-all text-muted"> · id {entry.targetId}</span>}
          {" · "}
          <Link href={historyHref}>
            History<span className="sr-only"> of this {entry.targetType}</span>
          </Link>
        </Row>
        {entry.reason && <Row term="Reason">{entry.reason}</Row>}
      </dl>
      {(entry.before !== null || entry.after !== null) && (
        <details>
          <summary className="cursor-pointer font-semibold text-brand-strong">Before and after</summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            <JsonBlock title="Before" value={entry.before} />
            <JsonBlock title="After" value={entry.after} />
          </div>
        </details>
      )}
    </article>
  );
}
