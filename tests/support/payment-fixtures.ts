// Rows and signed events the payment tests start from: a doctor who offers consultations, a consultation started
// through startConsultation (sandbox provider), and Stripe-shaped events signed with the sandbox secret.
import { startConsultation } from "../../lib/consultations/start-consultation";
import { db } from "../../lib/db";
import type { PaymentProvider } from "../../lib/payments/payment-provider";
import {
  type SandboxSessionEventType,
  type StripeShapedEvent,
  sandboxChargeRefundedEvent,
  sandboxSessionEvent,
  signSandboxEvent,
} from "../../lib/payments/sandbox-events";
import { createDoctor, type Person } from "./thread-fixtures";

export async function createConsultingDoctor(options: {
  name?: string;
  specialtyIds: number[];
  priceMinor?: number;
  currency?: string;
  verified?: boolean;
}): Promise<Person> {
  const doctor = await createDoctor({
    name: options.name,
    specialtyIds: options.specialtyIds,
    verified: options.verified,
  });
  await db().doctorProfile.update({
    where: { userId: doctor.id },
    data: {
      offersConsultations: true,
      consultationPriceMinor: options.priceMinor ?? 3500,
      consultationCurrency: options.currency ?? "EUR",
    },
  });
  return doctor;
}

export const consultationInput = (
  doctorId: string,
  extra: { attachmentIds?: string[]; sourceQuestionId?: number } = {},
) => ({
  doctorId,
  subject: "Headaches every morning for a month",
  body: "I wake up with a headache behind my eyes every day; painkillers help only a little.",
  attachmentIds: extra.attachmentIds ?? [],
  ...(extra.sourceQuestionId !== undefined && { sourceQuestionId: extra.sourceQuestionId }),
});

export async function startTestConsultation(
  patient: Person,
  doctor: Person,
  provider?: PaymentProvider,
): Promise<{ consultationId: string; checkoutUrl: string }> {
  return startConsultation({ actor: patient.actor, input: consultationInput(doctor.id), provider });
}

export async function latestPayment(consultationId: string) {
  return db().payment.findFirstOrThrow({ where: { consultationId }, orderBy: { createdAt: "desc" } });
}

export type SignedDelivery = { rawBody: string; headers: Headers; event: StripeShapedEvent };

export function sign(
  event: StripeShapedEvent,
  options: { timestampSeconds?: number; secret?: string } = {},
): SignedDelivery {
  const { rawBody, signature } = signSandboxEvent(event, options);
  return { rawBody, headers: new Headers({ "stripe-signature": signature }), event };
}

export async function sessionEvent(type: SandboxSessionEventType, consultationId: string, at?: Date) {
  return sign(sandboxSessionEvent(type, await latestPayment(consultationId), at));
}

export async function refundEvent(consultationId: string) {
  return sign(sandboxChargeRefundedEvent(await latestPayment(consultationId)));
}

/** Row counts of everything a payment event may write. */
export async function paymentRowCounts() {
  const [payments, events, notifications, active, succeeded] = await Promise.all([
    db().payment.count(),
    db().paymentEvent.count(),
    db().notification.count(),
    db().consultation.count({ where: { state: "ACTIVE" } }),
    db().payment.count({ where: { state: "SUCCEEDED" } }),
  ]);
  return { payments, events, notifications, active, succeeded };
}

/** A provider stub for the edge of the world: the sandbox's behaviour, with calls that fail on demand. */
export function scriptedProvider(base: PaymentProvider, script: { failCheckout?: boolean; failRefund?: boolean }) {
  const calls = { refunds: [] as string[], checkouts: 0, expired: [] as string[] };
  const provider: PaymentProvider = {
    name: base.name,
    async createCheckout(request) {
      calls.checkouts++;
      if (script.failCheckout) throw new Error("provider unavailable (test)");
      return base.createCheckout(request);
    },
    verifyWebhook: (rawBody, signature) => base.verifyWebhook(rawBody, signature),
    async refund(request) {
      calls.refunds.push(request.idempotencyKey);
      if (script.failRefund) throw new Error("provider unavailable (test)");
      return base.refund(request);
    },
    async expireCheckout(externalId) {
      calls.expired.push(externalId);
      return base.expireCheckout(externalId);
    },
  };
  return { provider, calls, script };
}
