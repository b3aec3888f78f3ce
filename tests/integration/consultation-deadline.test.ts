// The answer deadline refunds exactly the unanswered overdue consultations (and retries a failed provider refund);
// consultations nobody paid for expire after a day.
import { beforeAll, describe, expect, it } from "vitest";
import { expireUnpaidConsultations } from "../../lib/consultations/expire-unpaid-consultations";
import { receivePaymentWebhook } from "../../lib/consultations/receive-payment-webhook";
import { refundOverdueConsultations } from "../../lib/consultations/refund-overdue-consultations";
import { db } from "../../lib/db";
import { getPaymentProvider } from "../../lib/payments/get-payment-provider";
import {
  createConsultingDoctor,
  latestPayment,
  scriptedProvider,
  sessionEvent,
  startTestConsultation,
} from "../support/payment-fixtures";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("consultation_deadline");

let patient: Person;
let doctor: Person;

beforeAll(async () => {
  const neurology = await createSpecialty("Neurologist");
  patient = await createPerson({ name: "Anna Berzina" });
  doctor = await createConsultingDoctor({ name: "Daniel Hartmann", specialtyIds: [neurology.id] });
});

const HOUR = 3_600_000;

/** A consultation paid through the webhook, with its deadline moved to `deadline`. */
async function paidConsultation(deadline: Date): Promise<string> {
  const { consultationId } = await startTestConsultation(patient, doctor);
  await receivePaymentWebhook(await sessionEvent("checkout.session.completed", consultationId));
  await db().consultation.update({ where: { id: consultationId }, data: { answerDeadline: deadline } });
  return consultationId;
}

const stateOf = async (id: string) => (await db().consultation.findUniqueOrThrow({ where: { id } })).state;

describe("refundOverdueConsultations", () => {
  it("refunds exactly the unanswered overdue ones, and tells the patient who else can help", async () => {
    const now = new Date();
    const overdue = await paidConsultation(new Date(now.getTime() - HOUR));
    const answered = await paidConsultation(new Date(now.getTime() - HOUR));
    await db().consultation.update({
      where: { id: answered },
      data: { state: "ANSWERED", firstAnsweredAt: new Date(now.getTime() - 2 * HOUR) },
    });
    const inTime = await paidConsultation(new Date(now.getTime() + HOUR));
    const { consultationId: unpaid } = await startTestConsultation(patient, doctor);

    const result = await refundOverdueConsultations({ now });

    expect(result.refundedConsultationIds).toEqual([overdue]);
    expect(result.failedPaymentIds).toEqual([]);
    expect(await stateOf(overdue)).toBe("REFUNDED");
    expect(await stateOf(answered)).toBe("ANSWERED");
    expect(await stateOf(inTime)).toBe("ACTIVE");
    expect(await stateOf(unpaid)).toBe("AWAITING_PAYMENT");

    const consultation = await db().consultation.findUniqueOrThrow({ where: { id: overdue } });
    expect(consultation.refundedAt).toEqual(now);
    const payment = await latestPayment(overdue);
    expect(payment.state).toBe("REFUNDED");
    expect(payment.refundExternalId).toMatch(/^re_sandbox_/);
    expect(result.refundedPaymentIds).toEqual([payment.id]);
    const events = await db().paymentEvent.findMany({
      where: { paymentId: payment.id, externalEventId: null },
      orderBy: { createdAt: "asc" },
      select: { type: true, fromState: true, toState: true },
    });
    expect(events.slice(-2)).toEqual([
      { type: "refund.deadline", fromState: "SUCCEEDED", toState: "SUCCEEDED" },
      { type: "refund.completed", fromState: "SUCCEEDED", toState: "REFUNDED" },
    ]);
    for (const untouched of [answered, inTime]) expect((await latestPayment(untouched)).state).toBe("SUCCEEDED");

    const notices = await db().notification.findMany({
      where: { type: "CONSULTATION_REFUNDED", url: `/consultations/${overdue}` },
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.userId).toBe(patient.id);
    expect(notices[0]?.title).toBe("Dr. Daniel Hartmann did not answer in time: you have been refunded");
    expect(notices[0]?.body).toContain("Other neurologists on Consilium can help you");
    const audit = await db().auditLog.findMany({ where: { action: "consultation.refund", targetId: overdue } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBeNull();

    // A second run finds nothing more to do.
    const again = await refundOverdueConsultations({ now });
    expect(again).toEqual({ refundedConsultationIds: [], refundedPaymentIds: [], failedPaymentIds: [] });
    expect(
      await db().notification.count({ where: { type: "CONSULTATION_REFUNDED", url: `/consultations/${overdue}` } }),
    ).toBe(1);
  });

  it("leaves a failed provider refund for the next run, which completes it once", async () => {
    const now = new Date();
    const overdue = await paidConsultation(new Date(now.getTime() - HOUR));
    const flaky = scriptedProvider(getPaymentProvider(), { failRefund: true });

    const first = await refundOverdueConsultations({ now, provider: flaky.provider });
    const payment = await latestPayment(overdue);
    expect(first.refundedConsultationIds).toEqual([overdue]);
    expect(first.failedPaymentIds).toEqual([payment.id]);
    expect(await stateOf(overdue)).toBe("REFUNDED");
    expect(payment.state).toBe("SUCCEEDED");
    expect(payment.refundExternalId).toBeNull();

    flaky.script.failRefund = false;
    const second = await refundOverdueConsultations({ now, provider: flaky.provider });
    expect(second.refundedConsultationIds).toEqual([]);
    expect(second.refundedPaymentIds).toEqual([payment.id]);
    const settled = await latestPayment(overdue);
    expect(settled.state).toBe("REFUNDED");
    expect(settled.refundExternalId).toMatch(/^re_sandbox_/);
    // Both attempts asked for the same refund: the provider refunds once.
    expect(flaky.calls.refunds).toEqual([`refund-${payment.id}`, `refund-${payment.id}`]);
    expect(
      await db().notification.count({ where: { type: "CONSULTATION_REFUNDED", url: `/consultations/${overdue}` } }),
    ).toBe(1);

    const third = await refundOverdueConsultations({ now, provider: flaky.provider });
    expect(third.refundedPaymentIds).toEqual([]);
    expect(flaky.calls.refunds).toHaveLength(2);
  });

  it("does not refund a consultation the doctor answered just before the job claimed it", async () => {
    const now = new Date();
    const overdue = await paidConsultation(new Date(now.getTime() - HOUR));
    // The answer commits between the job's query and its claim: the claim's state check refuses.
    await db().consultation.update({ where: { id: overdue }, data: { state: "ANSWERED", firstAnsweredAt: now } });
    const result = await refundOverdueConsultations({ now });
    expect(result.refundedConsultationIds).toEqual([]);
    expect(await stateOf(overdue)).toBe("ANSWERED");
    expect((await latestPayment(overdue)).state).toBe("SUCCEEDED");
  });
});

describe("expireUnpaidConsultations", () => {
  it("expires consultations unpaid for a day and cancels their open payments; paid and recent ones stay", async () => {
    const now = new Date();
    const { consultationId: old } = await startTestConsultation(patient, doctor);
    const { consultationId: recent } = await startTestConsultation(patient, doctor);
    const paid = await paidConsultation(new Date(now.getTime() + HOUR));
    const dayAgo = new Date(now.getTime() - 25 * HOUR);
    await db().consultation.updateMany({ where: { id: { in: [old, paid] } }, data: { createdAt: dayAgo } });

    const { provider, calls } = scriptedProvider(getPaymentProvider(), {});
    const result = await expireUnpaidConsultations({ now, provider });

    expect(result.expiredConsultationIds).toEqual([old]);
    // The expired consultation's checkout is closed at the provider too, and only that one.
    const oldCheckout = (await latestPayment(old)).externalId;
    expect(calls.expired).toEqual([oldCheckout]);
    expect(result.closedCheckouts).toEqual([oldCheckout]);
    expect(await stateOf(old)).toBe("EXPIRED");
    expect(await stateOf(recent)).toBe("AWAITING_PAYMENT");
    expect(await stateOf(paid)).toBe("ACTIVE");
    expect((await latestPayment(old)).state).toBe("CANCELED");
    expect((await latestPayment(recent)).state).toBe("PENDING");
    expect(await db().consultationMessage.count({ where: { consultationId: old } })).toBe(1);
  });

  it("refunds a payment that succeeds after its consultation expired", async () => {
    const now = new Date();
    const { consultationId } = await startTestConsultation(patient, doctor);
    const confirmation = await sessionEvent("checkout.session.completed", consultationId);
    await db().consultation.update({
      where: { id: consultationId },
      data: { createdAt: new Date(now.getTime() - 25 * HOUR) },
    });
    await expireUnpaidConsultations({ now });

    await receivePaymentWebhook(confirmation);

    expect(await stateOf(consultationId)).toBe("EXPIRED");
    const payment = await latestPayment(consultationId);
    expect(payment.state).toBe("REFUNDED");
    expect(payment.refundExternalId).toMatch(/^re_sandbox_/);
    expect(
      await db().notification.count({ where: { type: "CONSULTATION_PAID", url: `/consultations/${consultationId}` } }),
    ).toBe(0);
  });
});
