import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { ConsultationState } from "../generated/prisma/enums";
import { ONLY_DOCTORS_OFFER } from "./update-consultation-offer";

export type MoneyTotal = { currency: string; amountMinor: number };

export type EarningsMonth = {
  /** The first day of the month, 00:00 UTC. */
  month: Date;
  paidCount: number;
  totals: MoneyTotal[];
};

export type EarnedConsultation = {
  consultationId: string;
  subject: string;
  patientFirstName: string;
  paidAt: Date;
  amountMinor: number;
  currency: string;
  state: ConsultationState;
  /** The payment was refunded: it counts in no total. */
  refunded: boolean;
};

export type DoctorEarnings = {
  /** Succeeded, not refunded payments, per currency: amounts in different currencies are never added. */
  totals: MoneyTotal[];
  paidCount: number;
  refundedCount: number;
  /** The last 12 months, oldest first, including months without payments. */
  months: EarningsMonth[];
  recent: EarnedConsultation[];
};

const RECENT_LIMIT = 20;
const MONTHS = 12;

const firstNameOf = (name: string) => name.trim().split(/\s+/)[0] ?? name;
const monthStart = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));

/**
 * What a doctor has earned from private consultations. Only payments that SUCCEEDED and stay so count (a refunded
 * payment's state is REFUNDED), only the doctor's own consultations, and each currency on its own.
 */
export async function getDoctorEarnings({
  actor,
  now = new Date(),
}: {
  actor: Viewer;
  now?: Date;
}): Promise<DoctorEarnings> {
  if (!actor || !can(actor, "consultation.earnings")) throw new DomainError("FORBIDDEN", ONLY_DOCTORS_OFFER);
  const doctorId = actor.id;
  const firstMonth = monthStart(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS - 1), 1)));

  const [totals, refundedCount, monthly, recent] = await Promise.all([
    db().$queryRaw<{ currency: string; amount: bigint; paid: bigint }[]>`
      SELECT p.currency, SUM(p."amountMinor")::bigint AS amount, COUNT(*)::bigint AS paid
        FROM "Payment" p JOIN "Consultation" c ON c.id = p."consultationId"
       WHERE c."doctorId" = ${doctorId} AND p.state = 'SUCCEEDED'
       GROUP BY p.currency ORDER BY p.currency`,
    db().payment.count({ where: { state: "REFUNDED", consultation: { doctorId } } }),
    // The month a consultation was paid; paidAt is set with the confirmation, the payment's row is a fallback.
    db().$queryRaw<{ month: Date; currency: string; amount: bigint; paid: bigint }[]>`
      SELECT date_trunc('month', COALESCE(c."paidAt", p."updatedAt")) AS month,
             p.currency, SUM(p."amountMinor")::bigint AS amount, COUNT(*)::bigint AS paid
        FROM "Payment" p JOIN "Consultation" c ON c.id = p."consultationId"
       WHERE c."doctorId" = ${doctorId} AND p.state = 'SUCCEEDED'
         AND COALESCE(c."paidAt", p."updatedAt") >= ${firstMonth}
       GROUP BY 1, 2 ORDER BY 1, 2`,
    db().payment.findMany({
      where: { state: { in: ["SUCCEEDED", "REFUNDED"] }, consultation: { doctorId, paidAt: { not: null } } },
      orderBy: [{ consultation: { paidAt: "desc" } }, { id: "desc" }],
      take: RECENT_LIMIT,
      select: {
        amountMinor: true,
        currency: true,
        state: true,
        consultation: {
          select: { id: true, subject: true, paidAt: true, state: true, patient: { select: { name: true } } },
        },
      },
    }),
  ]);

  const months: EarningsMonth[] = Array.from({ length: MONTHS }, (_, index) => ({
    month: new Date(Date.UTC(firstMonth.getUTCFullYear(), firstMonth.getUTCMonth() + index, 1)),
    paidCount: 0,
    totals: [],
  }));
  for (const row of monthly) {
    // The columns hold UTC without a time zone, so the month comes back as its first day at 00:00 UTC.
    const entry = months.find((month) => month.month.getTime() === monthStart(new Date(row.month)).getTime());
    if (!entry) continue;
    entry.paidCount += Number(row.paid);
    entry.totals.push({ currency: row.currency, amountMinor: Number(row.amount) });
  }

  return {
    totals: totals.map((row) => ({ currency: row.currency, amountMinor: Number(row.amount) })),
    paidCount: totals.reduce((sum, row) => sum + Number(row.paid), 0),
    refundedCount,
    months,
    recent: recent.map((payment) => ({
      consultationId: payment.consultation.id,
      subject: payment.consultation.subject,
      patientFirstName: firstNameOf(payment.consultation.patient.name),
      paidAt: payment.consultation.paidAt ?? new Date(0),
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      state: payment.consultation.state,
      refunded: payment.state === "REFUNDED",
    })),
  };
}
