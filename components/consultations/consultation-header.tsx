import { AlarmClock } from "lucide-react";
import Link from "next/link";
import { personName } from "@/components/questions/labels";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { ConsultationView } from "@/lib/consultations/consultation-view";
import { formatMoney } from "@/lib/payments/format-money";
import { ConsultationStateBadge } from "./consultation-state-badge";

/** Who the consultation is between, its state, what was paid, and the doctor's deadline while it waits for them. */
export function ConsultationHeader({
  consultation,
  overdue = false,
}: {
  consultation: ConsultationView;
  overdue?: boolean;
}) {
  const doctor = personName(consultation.doctor.name, "DOCTOR");
  return (
    <header className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <ConsultationStateBadge state={consultation.state} />
        <span className="text-muted">Private consultation</span>
      </div>
      <h1 className="text-3xl font-bold break-words">{consultation.subject}</h1>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Doctor</dt>
        <dd>
          <Link href={`/doctors/${consultation.doctor.id}`}>{doctor}</Link>
          {consultation.specialty && <span className="text-muted"> · {consultation.specialty.name}</span>}
        </dd>
        <dt className="font-semibold">Patient</dt>
        <dd>{consultation.patient.name}</dd>
        <dt className="font-semibold">{consultation.paidAt ? "Paid" : "Price"}</dt>
        <dd>
          {formatMoney(consultation.priceMinor, consultation.currency)}
          {consultation.paidAt && (
            <span className="text-muted">
              {" "}
              on <FormattedDate date={consultation.paidAt} />
            </span>
          )}
        </dd>
        {consultation.state === "ACTIVE" && consultation.answerDeadline && (
          <>
            <dt className="font-semibold">Answer due</dt>
            <dd className={`inline-flex items-center gap-1.5 ${overdue ? "font-semibold text-danger" : ""}`}>
              <AlarmClock aria-hidden="true" className="size-4" />
              {overdue ? "Overdue since " : "By "}
              <FormattedDate date={consultation.answerDeadline} />
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
