// Applies one verified provider event to our rows, in one transaction: the PaymentEvent (unique per provider event:
// a second delivery, even a concurrent one, is a duplicate and changes nothing), the payment's state along legal
// transitions only, and what follows for the consultation (opened on a confirmed payment, refunded on a refund).
import { db, type Tx } from "../db";
import { env } from "../env";
import { Prisma } from "../generated/prisma/client";
import type { ConsultationState, PaymentState } from "../generated/prisma/enums";
import { type Notice, sendNotices } from "../notifications/send-notices";
import { formatMoney } from "../payments/format-money";
import type { NormalizedEvent, PaymentProviderName } from "../payments/payment-provider";
import { CONFIRMED_PAYMENT_STATES } from "../payments/payment-transitions";
import { doctorName } from "../text/doctor-name";
import { transitionConsultation } from "./consultation-transitions";
import { decidePaymentEvent } from "./decide-payment-event";

export type AppliedPaymentEvent = {
  status: "applied" | "duplicate" | "ignored";
  /** A payment whose money must go back now (settled by the caller, outside the transaction). */
  refundOwedPaymentId: string | null;
};

export const CONSULTATION_EMAIL_WHY = "You receive this e-mail because of a private consultation on Consilium.";

const IGNORED: AppliedPaymentEvent = { status: "ignored", refundOwedPaymentId: null };
const DUPLICATE: AppliedPaymentEvent = { status: "duplicate", refundOwedPaymentId: null };

type Locked = { consultationState: ConsultationState; paymentState: PaymentState };

export async function applyPaymentEvent(options: {
  provider: PaymentProviderName;
  event: NormalizedEvent;
  now?: Date;
}): Promise<AppliedPaymentEvent> {
  const { provider, event, now = new Date() } = options;
  if (event.type === "ignored" || !event.paymentId) return IGNORED;
  const payment = await db().payment.findUnique({
    where: { id: event.paymentId },
    select: { id: true, consultationId: true, provider: true },
  });
  if (!payment || payment.provider !== provider) {
    console.warn("payment event for a payment we do not know", { provider, eventId: event.eventId });
    return IGNORED;
  }
  const seen = { provider_externalEventId: { provider, externalEventId: event.eventId } };
  if (await db().paymentEvent.findUnique({ where: seen, select: { id: true } })) return DUPLICATE;

  try {
    return await db().$transaction(async (tx) => {
      const locked = await lockConsultationAndPayment(tx, payment);
      // Deliveries of one event queue on the locks above; the first one's row is visible once it committed.
      if (await tx.paymentEvent.findUnique({ where: seen, select: { id: true } })) return DUPLICATE;
      return applyLocked(tx, { provider, event, now, payment, locked });
    });
  } catch (error) {
    // The unique index (provider, externalEventId) is the last word should two deliveries pass the check at once.
    // Any other unique violation (e.g. a second confirmed payment) is a bug and must fail loudly (500: retried).
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      error.code === "P2002" &&
      (await db().paymentEvent.findUnique({ where: seen, select: { id: true } }))
    ) {
      return DUPLICATE;
    }
    throw error;
  }
}

async function lockConsultationAndPayment(tx: Tx, payment: { id: string; consultationId: string }): Promise<Locked> {
  // Always the consultation first, then the payment: the deadline job and message posting lock in the same order.
  const consultations = await tx.$queryRaw<{ state: ConsultationState }[]>`
    SELECT state::text AS state FROM "Consultation" WHERE id = ${payment.consultationId} FOR UPDATE`;
  const payments = await tx.$queryRaw<{ state: PaymentState }[]>`
    SELECT state::text AS state FROM "Payment" WHERE id = ${payment.id} FOR UPDATE`;
  const consultation = consultations[0];
  const locked = payments[0];
  if (!consultation || !locked) throw new Error(`payment ${payment.id} or its consultation vanished`);
  return { consultationState: consultation.state, paymentState: locked.state };
}

async function applyLocked(
  tx: Tx,
  context: {
    provider: PaymentProviderName;
    event: NormalizedEvent;
    now: Date;
    payment: { id: string; consultationId: string };
    locked: Locked;
  },
): Promise<AppliedPaymentEvent> {
  const { provider, event, now, payment, locked } = context;
  const from = locked.paymentState;
  const otherConfirmed = await tx.payment.count({
    where: {
      consultationId: payment.consultationId,
      id: { not: payment.id },
      state: { in: [...CONFIRMED_PAYMENT_STATES] },
    },
  });

  const decision = decidePaymentEvent(event.type, { ...locked, otherPaymentConfirmed: otherConfirmed > 0 });
  const { paymentTo: to, consultationTo, refundReason } = decision;

  await tx.paymentEvent.create({
    data: {
      paymentId: payment.id,
      provider,
      externalEventId: event.eventId,
      type: event.type,
      fromState: from,
      toState: to,
      payload: toJson(event.raw),
    },
  });
  if (to !== from) await tx.payment.update({ where: { id: payment.id }, data: { state: to } });
  if (refundReason) {
    await tx.paymentEvent.create({
      data: { paymentId: payment.id, provider, type: refundReason, fromState: to, toState: to },
    });
  }
  if (consultationTo === "ACTIVE") await openConsultation(tx, { consultationId: payment.consultationId, now });
  if (consultationTo === "REFUNDED") {
    await transitionConsultation(tx, {
      consultationId: payment.consultationId,
      from: locked.consultationState,
      to: "REFUNDED",
      fields: { refundedAt: now },
    });
    await notifyRefunded(tx, payment.consultationId);
  }

  const changed = to !== from || consultationTo !== null || refundReason !== null;
  return { status: changed ? "applied" : "ignored", refundOwedPaymentId: refundReason ? payment.id : null };
}

async function openConsultation(tx: Tx, options: { consultationId: string; now: Date }) {
  const { consultationId, now } = options;
  const answerDeadline = new Date(now.getTime() + env().CONSULTATION_ANSWER_HOURS * 3_600_000);
  await transitionConsultation(tx, {
    consultationId,
    from: "AWAITING_PAYMENT",
    to: "ACTIVE",
    fields: { paidAt: now, answerDeadline },
  });
  const consultation = await tx.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: {
      subject: true,
      priceMinor: true,
      currency: true,
      patient: { select: { id: true, name: true } },
      doctor: { select: { id: true, name: true } },
    },
  });
  const url = `/consultations/${consultationId}`;
  const money = formatMoney(consultation.priceMinor, consultation.currency);
  const by = formatDeadline(answerDeadline);
  const notices: Notice[] = [
    {
      userId: consultation.doctor.id,
      type: "CONSULTATION_PAID",
      title: `New paid consultation: ${consultation.subject}`,
      body: `${consultation.patient.name} paid ${money} for a private consultation with you. Please answer by ${by}; if you do not, the patient is refunded automatically.`,
      url,
    },
    {
      userId: consultation.patient.id,
      type: "CONSULTATION_PAID",
      title: `Your consultation with ${doctorName(consultation.doctor.name)} is open`,
      body: `We received your payment of ${money}. ${doctorName(consultation.doctor.name)} will answer by ${by}; if not, you are refunded automatically.`,
      url,
    },
  ];
  await sendNotices(tx, notices, CONSULTATION_EMAIL_WHY);
}

async function notifyRefunded(tx: Tx, consultationId: string) {
  const consultation = await tx.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: { patientId: true, priceMinor: true, currency: true, doctor: { select: { name: true } } },
  });
  await sendNotices(
    tx,
    [
      {
        userId: consultation.patientId,
        type: "CONSULTATION_REFUNDED",
        title: `Your consultation with ${doctorName(consultation.doctor.name)} was refunded`,
        body: `Your payment of ${formatMoney(consultation.priceMinor, consultation.currency)} is on its way back to you.`,
        url: `/consultations/${consultationId}`,
      },
    ],
    CONSULTATION_EMAIL_WHY,
  );
}

/** "27 Nov 2026, 15:00 UTC": e-mails and notifications have no time zone of their reader. */
export function formatDeadline(at: Date): string {
  const day = at.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const time = at.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${day}, ${time} UTC`;
}

function toJson(raw: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(raw ?? null)) as Prisma.InputJsonValue;
}
