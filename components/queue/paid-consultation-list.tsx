import { CreditCard } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { QueueConsultationRow } from "@/lib/queue/list-doctor-queue";

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function dueIn(deadline: Date, now: Date): string {
  const minutes = Math.round((deadline.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return "overdue";
  if (minutes < 60) return `due in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `due in ${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
}

/** The doctor's paid private consultations waiting for their answer, nearest deadline first. */
export function PaidConsultationList({ rows, now }: { rows: QueueConsultationRow[]; now: Date }) {
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={<CreditCard aria-hidden="true" className="size-8 text-muted" />}
        title="No paid consultations waiting"
      >
        <p>When a patient pays for a private consultation with you, it appears here with its answer deadline.</p>
      </EmptyState>
    );
  }
  return (
    <ol className="flex flex-col gap-4">
      {rows.map((row) => (
        <li key={row.consultationId}>
          <article className="rounded-xl border border-line bg-surface p-4 sm:p-5">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone="warning">Paid consultation</Badge>
              {row.specialtyName && <Badge tone="brand">{row.specialtyName}</Badge>}
              {row.answerDeadline && (
                <span className="font-semibold text-warning">{dueIn(row.answerDeadline, now)}</span>
              )}
            </div>
            <h2 className="mt-2 text-lg font-bold break-words">
              <Link href={`/consultations/${row.consultationId}`}>{row.subject}</Link>
            </h2>
            <p className="mt-1 text-muted">
              From {row.patientName}
              {row.answerDeadline && (
                <>
                  {" "}
                  · answer by{" "}
                  <time dateTime={row.answerDeadline.toISOString()}>{dateTime.format(row.answerDeadline)} UTC</time>
                </>
              )}
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
