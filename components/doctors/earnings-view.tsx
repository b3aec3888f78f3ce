import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";
import { describeConsultationState } from "@/lib/consultations/consultation-transitions";
import type { DoctorEarnings, MoneyTotal } from "@/lib/doctors/get-doctor-earnings";
import { formatMoney } from "@/lib/payments/format-money";

const monthName = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

const moneyList = (totals: MoneyTotal[]) =>
  totals.length === 0 ? "—" : totals.map((total) => formatMoney(total.amountMinor, total.currency)).join(" + ");

/** Totals per currency, the last 12 months and the latest paid consultations. */
export function EarningsView({ earnings }: { earnings: DoctorEarnings }) {
  const { totals, paidCount, refundedCount, months, recent } = earnings;
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="totals-heading" className="rounded-xl border border-line bg-surface p-4 sm:p-6">
        <h2 id="totals-heading" className="text-xl font-semibold">
          Total earned
        </h2>
        <p className="mt-2 text-2xl font-bold text-brand-strong">{moneyList(totals)}</p>
        <p className="mt-1 text-muted">
          From {pluralize(paidCount, "paid consultation", "paid consultations")}.{" "}
          {refundedCount > 0 && `${pluralize(refundedCount, "consultation was", "consultations were")} refunded.`}
        </p>
      </section>

      <section aria-labelledby="months-heading" className="flex flex-col gap-3">
        <h2 id="months-heading" className="text-xl font-semibold">
          The last 12 months
        </h2>
        <div className="overflow-x-auto rounded-xl border border-line bg-surface">
          <table className="w-full text-left">
            <thead className="bg-neutral-soft">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Month
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  Paid
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  Earned
                </th>
              </tr>
            </thead>
            <tbody>
              {[...months].reverse().map((month) => (
                <tr key={month.month.toISOString()} className="border-t border-line">
                  <th scope="row" className="px-4 py-2 font-normal">
                    {monthName.format(month.month)}
                  </th>
                  <td className="px-4 py-2 text-right">{month.paidCount}</td>
                  <td className="px-4 py-2 text-right">{moneyList(month.totals)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="recent-heading" className="flex flex-col gap-3">
        <h2 id="recent-heading" className="text-xl font-semibold">
          Recent paid consultations
        </h2>
        {recent.length === 0 ? (
          <EmptyState headingLevel="h3" title="No paid consultations yet">
            <p>When a patient pays for a private consultation with you, it appears here.</p>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {recent.map((row) => (
              <li key={row.consultationId} className="rounded-xl border border-line bg-surface p-4">
                <p className="font-semibold break-words">
                  <Link href={`/consultations/${row.consultationId}`}>{row.subject}</Link>
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
                  <span>{row.patientFirstName}</span>
                  <FormattedDate date={row.paidAt} />
                  <span className={row.refunded ? "line-through" : "font-semibold text-ink"}>
                    {formatMoney(row.amountMinor, row.currency)}
                  </span>
                  <Badge tone={row.refunded ? "warning" : "neutral"}>
                    {row.refunded ? "refunded" : describeConsultationState(row.state)}
                  </Badge>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
