// The answer deadline: a paid consultation the doctor has not answered in time is refunded automatically. Each one
// is claimed in its own transaction (ACTIVE → REFUNDED) before any money moves, so a doctor answering at the same
// instant either wins first (nothing is refunded) or is told the consultation was refunded.
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { isDomainError } from "../errors";
import { sendNotices } from "../notifications/send-notices";
import { formatMoney } from "../payments/format-money";
import { getPaymentProvider } from "../payments/get-payment-provider";
import type { PaymentProvider } from "../payments/payment-provider";
import { REFUND_REQUEST_TYPES } from "../payments/refund-requests";
import { settleOwedRefunds } from "../payments/settle-owed-refunds";
import { publishConsultationState } from "../realtime/publish-consultation-event";
import { doctorName } from "../text/doctor-name";
import { CONSULTATION_EMAIL_WHY } from "./apply-payment-event";
import { transitionConsultation } from "./consultation-transitions";

export type OverdueRefunds = {
  /** Consultations this run moved to REFUNDED. */
  refundedConsultationIds: string[];
  /** Payments refunded at the provider in this run (this run's and earlier runs' failed attempts). */
  refundedPaymentIds: string[];
  /** Payments whose provider refund failed: the next run tries again. */
  failedPaymentIds: string[];
};

export async function refundOverdueConsultations(
  options: { now?: Date; provider?: PaymentProvider; limit?: number } = {},
): Promise<OverdueRefunds> {
  const { now = new Date(), provider = getPaymentProvider(), limit = 50 } = options;
  const overdue = await db().consultation.findMany({
    where: { state: "ACTIVE", answerDeadline: { lt: now }, firstAnsweredAt: null },
    orderBy: { answerDeadline: "asc" },
    take: limit,
    select: { id: true },
  });

  const refundedConsultationIds: string[] = [];
  for (const { id } of overdue) {
    if (!(await claimForRefund({ consultationId: id, now, provider: provider.name }))) continue;
    refundedConsultationIds.push(id);
    // Both open pages stop offering the answer form (from the worker, through the realtime relay).
    await publishConsultationState({ consultationId: id });
  }
  // The money of this run's consultations, and of any earlier ones whose provider call failed.
  const settled = await settleOwedRefunds({ provider, limit });
  return { refundedConsultationIds, ...settled };
}

async function claimForRefund(options: { consultationId: string; now: Date; provider: string }): Promise<boolean> {
  const { consultationId, now, provider } = options;
  try {
    await db().$transaction(async (tx) => {
      await transitionConsultation(tx, { consultationId, from: "ACTIVE", to: "REFUNDED", fields: { refundedAt: now } });
      const consultation = await tx.consultation.findUniqueOrThrow({
        where: { id: consultationId },
        select: {
          patientId: true,
          subject: true,
          priceMinor: true,
          currency: true,
          firstAnsweredAt: true,
          answerDeadline: true,
          doctor: { select: { name: true } },
          specialty: { select: { name: true } },
          payments: { where: { state: "SUCCEEDED" }, select: { id: true, provider: true } },
        },
      });
      for (const payment of consultation.payments) {
        await tx.paymentEvent.create({
          data: {
            paymentId: payment.id,
            provider: payment.provider,
            type: REFUND_REQUEST_TYPES.deadline,
            fromState: "SUCCEEDED",
            toState: "SUCCEEDED",
            payload: { answerDeadline: consultation.answerDeadline?.toISOString() ?? null },
          },
        });
      }
      const others = consultation.specialty
        ? `Other ${consultation.specialty.name.toLowerCase()}s on Consilium can help you: you can ask one of them.`
        : "Other doctors on Consilium can help you: you can ask one of them.";
      await sendNotices(
        tx,
        [
          {
            userId: consultation.patientId,
            type: "CONSULTATION_REFUNDED",
            title: `${doctorName(consultation.doctor.name)} did not answer in time: you have been refunded`,
            body: `Your payment of ${formatMoney(consultation.priceMinor, consultation.currency)} for "${consultation.subject}" is on its way back to you. ${others}`,
            url: `/consultations/${consultationId}`,
          },
        ],
        CONSULTATION_EMAIL_WHY,
      );
      await recordAudit(tx, {
        actorId: null,
        action: "consultation.refund",
        targetType: "Consultation",
        targetId: consultationId,
        before: { state: "ACTIVE" },
        after: { state: "REFUNDED", provider },
        reason: "The doctor did not answer before the deadline.",
        at: now,
      });
    });
    return true;
  } catch (error) {
    // Someone moved it first (the doctor answered): nothing to refund.
    if (isDomainError(error) && error.code === "CONFLICT") return false;
    throw error;
  }
}
