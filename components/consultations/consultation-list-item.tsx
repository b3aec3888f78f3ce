import { AlarmClock, Mail } from "lucide-react";
import Link from "next/link";
import { personName } from "@/components/questions/labels";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { ConsultationListItem as Item } from "@/lib/consultations/list-consultations";
import { formatMoney } from "@/lib/payments/format-money";
import { ConsultationStateBadge } from "./consultation-state-badge";

/** One row of "My consultations": the other person, the subject, the state in words, the price, the deadline. */
export function ConsultationListItem({ item }: { item: Item }) {
  const other = item.viewerIs === "patient" ? personName(item.otherPerson.name, "DOCTOR") : item.otherPerson.name;
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4">
      <div className="flex flex-wrap items-center gap-2">
        <ConsultationStateBadge state={item.state} />
        {item.unread > 0 && (
          <span className="inline-flex items-center gap-1 font-semibold text-brand-strong">
            <Mail aria-hidden="true" className="size-4" />
            {item.unread} new {item.unread === 1 ? "message" : "messages"}
          </span>
        )}
      </div>
      <h2 className="text-lg font-semibold break-words">
        <Link href={`/consultations/${item.id}`}>{item.subject}</Link>
      </h2>
      <p className="text-muted">
        {item.viewerIs === "patient" ? "With " : "From "}
        <span className="font-medium text-ink">{other}</span>
        {item.specialty && ` · ${item.specialty}`} · {formatMoney(item.priceMinor, item.currency)} · started{" "}
        <FormattedDate date={item.createdAt} />
      </p>
      {item.viewerIs === "doctor" && item.state === "ACTIVE" && item.answerDeadline && (
        <p className={`inline-flex items-center gap-1.5 ${item.overdue ? "font-semibold text-danger" : ""}`}>
          <AlarmClock aria-hidden="true" className="size-4" />
          {item.overdue ? "Overdue: the answer was due " : "Answer by "}
          <FormattedDate date={item.answerDeadline} />
        </p>
      )}
      {item.rating !== null && <p className="text-muted">Rated {item.rating} of 5</p>}
    </li>
  );
}
