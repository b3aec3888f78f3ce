import { EyeOff, FileText, Stethoscope } from "lucide-react";
import Link from "next/link";
import { personName, roleLabel } from "@/components/questions/labels";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { formatBytes, pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { QueueGroup } from "@/lib/complaints/list-complaint-queue";
import { COMPLAINT_REASON_LABELS } from "@/lib/validation/complaint-reasons";
import { ModerationForm } from "./moderation-form";

type ComplaintGroupCardProps = { group: QueueGroup; returnQuery: string };

/** "Answer by Dr. Irina Volkova", "Question “…”", "File scan.png", "Person: Tomas Kral". */
function titleOf(group: QueueGroup): string {
  const target = group.target;
  if (!target) return "Something that no longer exists";
  const author = target.person ? personName(target.person.name, target.person.role) : "a deleted account";
  switch (target.targetType) {
    case "QUESTION":
      return `Question “${target.question?.title ?? ""}”`;
    case "ATTACHMENT":
      return `File ${target.attachment?.fileName ?? ""}`;
    case "USER":
      return `Person: ${author}`;
    default:
      return `${target.label} by ${author}`;
  }
}

/** One reported target: what it is and where, who wrote it and their record, every report, and the decision. */
export function ComplaintGroupCard({ group, returnQuery }: ComplaintGroupCardProps) {
  const { target, authorHistory } = group;
  const headingId = `group-${group.targetType}-${group.targetId}`;
  const title = titleOf(group);
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-6"
    >
      <div className="flex flex-wrap items-center gap-2">
        {group.routedToMedicalReview && (
          <Badge tone="warning">
            <Stethoscope aria-hidden="true" className="size-4" />
            Medical review
          </Badge>
        )}
        {target?.hidden && (
          <Badge tone="danger">
            <EyeOff aria-hidden="true" className="size-4" />
            {target.hidden.automatic ? "Hidden automatically" : "Hidden by a moderator"}
          </Badge>
        )}
        {target?.deleted && <Badge tone="neutral">Deleted</Badge>}
        <span className="text-muted">{pluralize(group.reporterCount, "person reported", "people reported")} this</span>
      </div>
      <h2 id={headingId} className="text-xl font-bold break-words">
        {title}
      </h2>

      {target && (
        <div className="flex flex-col gap-2">
          {target.question && target.targetType !== "QUESTION" && (
            <p>
              On the question <Link href={`/questions/${target.question.id}`}>{target.question.title}</Link>
              <span className="text-muted"> · {target.question.specialty}</span>
            </p>
          )}
          {target.targetType === "QUESTION" && target.question && (
            <p className="text-muted">
              {target.question.specialty}
              {target.question.status === "CLOSED" && " · closed"}
            </p>
          )}
          {target.parent && (
            <p className="text-muted">
              Under the answer by {target.parent.authorName}: “{target.parent.excerpt}”
            </p>
          )}
          {target.consultation && (
            <p>
              In the private consultation “{target.consultation.subject}”
              {group.complaints[0] && (
                <>
                  {" · "}
                  <Link
                    href={`/staff/consultations/${encodeURIComponent(target.consultation.id)}?complaint=${encodeURIComponent(group.complaints[0].id)}`}
                  >
                    Read the consultation (recorded in the audit log)
                  </Link>
                </>
              )}
            </p>
          )}
          {target.text && (
            <blockquote className="border-l-4 border-field bg-canvas px-4 py-2 whitespace-pre-line break-words">
              {target.text}
            </blockquote>
          )}
          {target.attachment && (
            <p className="flex flex-wrap items-center gap-x-2">
              <FileText aria-hidden="true" className="size-5 text-muted" />
              <a href={target.attachment.url} target="_blank" rel="noopener">
                Open {target.attachment.fileName}
              </a>
              <span className="text-muted">
                {target.attachment.contentType}, {formatBytes(target.attachment.sizeBytes)}
              </span>
            </p>
          )}
          {target.hidden?.reason && !target.hidden.automatic && (
            <p className="text-muted">Hidden with the reason: {target.hidden.reason}</p>
          )}
          {target.path && (
            <p>
              <Link href={target.path}>See it in the thread</Link>
            </p>
          )}
        </div>
      )}

      {target?.person && (
        <section aria-label="The author's record" className="rounded-lg bg-neutral-soft px-3 py-2">
          <p>
            {target.person.profilePath ? (
              <Link href={target.person.profilePath} className="font-semibold">
                {personName(target.person.name, target.person.role)}
              </Link>
            ) : (
              <span className="font-semibold">{personName(target.person.name, target.person.role)}</span>
            )}
            {" · "}
            {roleLabel(target.person.role, [])}
            {" · joined "}
            <FormattedDate date={target.person.joinedAt} />
          </p>
          {authorHistory && (
            <p className="text-muted">
              {authorHistory.upheld === 0
                ? "No earlier reports upheld"
                : pluralize(authorHistory.upheld, "earlier report upheld", "earlier reports upheld")}
              {authorHistory.suspended && (
                <>
                  {" · "}
                  <strong className="text-danger">
                    Suspended
                    {authorHistory.suspendedUntil ? (
                      <>
                        {" until "}
                        <FormattedDate date={authorHistory.suspendedUntil} />
                      </>
                    ) : (
                      " with no end date"
                    )}
                  </strong>
                  {authorHistory.suspensionReason && ` (${authorHistory.suspensionReason})`}
                </>
              )}
            </p>
          )}
        </section>
      )}

      <section aria-labelledby={`${headingId}-reports`}>
        <h3 id={`${headingId}-reports`} className="font-semibold">
          Reports
        </h3>
        <ul className="mt-2 flex flex-col gap-2">
          {group.complaints.map((complaint) => (
            <li key={complaint.id} className="border-l-4 border-line pl-3">
              <p>
                <span className="font-semibold">{COMPLAINT_REASON_LABELS[complaint.reason]}</span>
                <span className="text-muted">
                  {" · "}
                  {complaint.reporterName}, <FormattedDate date={complaint.createdAt} />
                </span>
              </p>
              {complaint.note && <p className="break-words">“{complaint.note}”</p>}
            </li>
          ))}
        </ul>
      </section>

      {group.blockedBecause ? (
        <Alert tone="info" title="You cannot decide on this">
          <p>{group.blockedBecause}</p>
        </Alert>
      ) : (
        target && (
          <ModerationForm
            targetType={group.targetType}
            targetId={group.targetId}
            complaintIds={group.complaints.map((complaint) => complaint.id)}
            actions={group.actions}
            what={title}
            returnQuery={returnQuery}
            aboutPerson={group.targetType === "USER"}
            autoHidden={target.hidden?.automatic ?? false}
          />
        )
      )}
    </article>
  );
}
