import { Paperclip, PenLine, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { pluralize } from "@/components/ui/format";
import type { QueueQuestionRow } from "@/lib/realtime/queue-events";
import { formatWaiting } from "./format-waiting";

/** One question in the doctor's queue. */
export function QueueRow({ row, now, fresh }: { row: QueueQuestionRow; now: number; fresh: boolean }) {
  return (
    <article
      aria-labelledby={`queue-question-${row.questionId}`}
      className={`rounded-xl border bg-surface p-4 sm:p-5 ${row.urgent ? "border-2 border-danger" : "border-line"} ${fresh ? "ring-2 ring-brand" : ""}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        {row.urgent && (
          <Badge tone="danger">
            <TriangleAlert aria-hidden="true" className="size-4" />
            Urgent
          </Badge>
        )}
        <Badge tone="brand">{row.specialty.name}</Badge>
        {fresh && <Badge tone="success">New</Badge>}
        <span className="font-semibold text-warning">{formatWaiting(now - Date.parse(row.createdAt))}</span>
      </div>
      <h2 id={`queue-question-${row.questionId}`} className="mt-2 text-lg font-bold leading-snug break-words">
        <Link href={`/questions/${row.questionId}`}>{row.title}</Link>
      </h2>
      <p className="mt-1 break-words text-muted">{row.excerpt}</p>
      {row.urgent && row.redFlags.length > 0 && (
        <div className="mt-2 rounded-lg bg-danger-soft px-3 py-2">
          <p className="font-semibold">Warning signs reported:</p>
          <ul className="list-disc pl-5">
            {row.redFlags.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-muted">
        <span>Asked by {row.shownName}</span>
        <span>{row.answerCount === 0 ? "No answers yet" : pluralize(row.answerCount, "answer", "answers")}</span>
        {row.attachmentCount > 0 && (
          <span className="inline-flex items-center gap-1">
            <Paperclip aria-hidden="true" className="size-4" />
            {pluralize(row.attachmentCount, "file", "files")}
          </span>
        )}
        {row.answering.length > 0 && (
          <span className="inline-flex items-center gap-1 italic">
            <PenLine aria-hidden="true" className="size-4" />
            {row.answering.join(", ")} {row.answering.length === 1 ? "is" : "are"} answering
          </span>
        )}
      </p>
    </article>
  );
}
