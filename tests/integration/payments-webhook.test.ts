// The payment webhook: verified over the raw body, applied once however often (and however concurrently) it is
// delivered, and events out of order end in the right state. Rows are read back from Postgres.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/payments/webhook/route";
import { receivePaymentWebhook } from "../../lib/consultations/receive-payment-webhook";
import { db } from "../../lib/db";
import { sandboxSessionEvent } from "../../lib/payments/sandbox-events";
import { failureOf } from "../support/domain-error";
import {
  createConsultingDoctor,
  latestPayment,
  paymentRowCounts,
  refundEvent,
  sessionEvent,
  sign,
  startTestConsultation,
} from "../support/payment-fixtures";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("payments_webhook");

let patient: Person;
let doctor: Person;

beforeAll(async () => {
  const neurology = await createSpecialty("Neurologist");
  patient = await createPerson({ name: "Anna Berzina" });
  doctor = await createConsultingDoctor({ name: "Daniel Hartmann", specialtyIds: [neurology.id] });
});

const consultationOf = (id: string) => db().consultation.findUniqueOrThrow({ where: { id } });
const paidNotices = (consultationId: string) =>
  db().notification.findMany({
    where: { type: "CONSULTATION_PAID", url: `/consultations/${consultationId}` },
    select: { userId: true, title: true },
  });

describe("receivePaymentWebhook", () => {
  it("opens the consultation exactly once when the confirmation arrives 10 times at once", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    const delivery = await sessionEvent("checkout.session.completed", consultationId);
    const before = Date.now();

    const results = await Promise.all(
      Array.from({ length: 10 }, () => receivePaymentWebhook({ rawBody: delivery.rawBody, headers: delivery.headers })),
    );

    expect(results.filter((result) => result.status === "applied")).toHaveLength(1);
    expect(results.filter((result) => result.status === "duplicate")).toHaveLength(9);
    const consultation = await consultationOf(consultationId);
    expect(consultation.state).toBe("ACTIVE");
    expect(consultation.paidAt).not.toBeNull();
    // The default answer window is 24 hours from the payment.
    const deadline = consultation.answerDeadline?.getTime() ?? 0;
    expect(deadline - (consultation.paidAt?.getTime() ?? 0)).toBe(24 * 3_600_000);
    expect(deadline).toBeGreaterThanOrEqual(before + 24 * 3_600_000 - 1000);
    const payments = await db().payment.findMany({ where: { consultationId } });
    expect(payments.map((payment) => payment.state)).toEqual(["SUCCEEDED"]);
    const events = await db().paymentEvent.findMany({
      where: { paymentId: payments[0]?.id, externalEventId: delivery.event.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "payment.succeeded", fromState: "PENDING", toState: "SUCCEEDED" });
    const notices = await paidNotices(consultationId);
    expect(notices.map((notice) => notice.userId).sort()).toEqual([patient.id, doctor.id].sort());
    expect(notices.find((notice) => notice.userId === doctor.id)?.title).toContain("New paid consultation");
    // And the patient and the doctor each get one e-mail.
    expect(await db().emailOutbox.count({ where: { notification: { url: `/consultations/${consultationId}` } } })).toBe(
      2,
    );
  });

  it("refuses a bad signature, a changed body and a stale timestamp, and changes nothing", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    const payment = await latestPayment(consultationId);
    const event = sandboxSessionEvent("checkout.session.completed", payment);
    const genuine = sign(event);
    const wrongSecret = sign(event, { secret: "whsec_somebody_else_entirely_0000" });
    const changedBody = genuine.rawBody.replace('"amount_total":3500', '"amount_total":1');
    expect(changedBody).not.toBe(genuine.rawBody);
    const stale = sign(event, { timestampSeconds: Math.floor(Date.now() / 1000) - 301 });
    const before = await paymentRowCounts();

    const attempts = [
      { rawBody: genuine.rawBody, headers: wrongSecret.headers },
      { rawBody: changedBody, headers: genuine.headers },
      { rawBody: stale.rawBody, headers: stale.headers },
      { rawBody: genuine.rawBody, headers: new Headers() },
      { rawBody: genuine.rawBody, headers: new Headers({ "stripe-signature": "t=1,v1=deadbeef" }) },
    ];
    for (const attempt of attempts) {
      const error = await failureOf(receivePaymentWebhook(attempt));
      expect(error.code).toBe("INVALID");
    }

    expect(await paymentRowCounts()).toEqual(before);
    expect((await consultationOf(consultationId)).state).toBe("AWAITING_PAYMENT");
    expect((await latestPayment(consultationId)).state).toBe("PENDING");
  });

  it("answers the route: 400 for a bad signature, 200 for a good one, 413 for a huge body", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    const delivery = await sessionEvent("checkout.session.completed", consultationId);
    const request = (body: string, signature: string | null) =>
      new Request("http://localhost/api/payments/webhook", {
        method: "POST",
        headers: signature ? { "stripe-signature": signature } : {},
        body,
      });
    const signature = delivery.headers.get("stripe-signature") as string;

    const refused = await POST(request(delivery.rawBody.replace("paid", "unpaid"), signature));
    expect(refused.status).toBe(400);
    expect((await consultationOf(consultationId)).state).toBe("AWAITING_PAYMENT");

    const tooLarge = await POST(request("x".repeat(70 * 1024), signature));
    expect(tooLarge.status).toBe(413);

    const accepted = await POST(request(delivery.rawBody, signature));
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ received: true });
    expect((await consultationOf(consultationId)).state).toBe("ACTIVE");

    const again = await POST(request(delivery.rawBody, signature));
    expect(again.status).toBe(200);
    expect(await db().payment.count({ where: { consultationId, state: "SUCCEEDED" } })).toBe(1);
  });
});

describe("events out of order", () => {
  it("a refund seen before the confirmation ends refunded, and the consultation never opens", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    const refund = await refundEvent(consultationId);
    const confirmation = await sessionEvent("checkout.session.completed", consultationId);

    expect((await receivePaymentWebhook(refund)).status).toBe("applied");
    expect((await receivePaymentWebhook(confirmation)).status).toBe("ignored");

    const consultation = await consultationOf(consultationId);
    expect(consultation.state).toBe("REFUNDED");
    expect(consultation.paidAt).toBeNull();
    expect(consultation.refundedAt).not.toBeNull();
    expect((await latestPayment(consultationId)).state).toBe("REFUNDED");
    expect(await paidNotices(consultationId)).toEqual([]);
    const events = await db().paymentEvent.findMany({
      where: { payment: { consultationId }, externalEventId: { not: null } },
      orderBy: { createdAt: "asc" },
      select: { type: true, fromState: true, toState: true },
    });
    expect(events).toEqual([
      { type: "payment.refunded", fromState: "PENDING", toState: "REFUNDED" },
      { type: "payment.succeeded", fromState: "REFUNDED", toState: "REFUNDED" },
    ]);
    expect(
      await db().notification.count({
        where: { userId: patient.id, type: "CONSULTATION_REFUNDED", url: `/consultations/${consultationId}` },
      }),
    ).toBe(1);
  });

  it("a late failure after the confirmation changes nothing", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    const failure = await sessionEvent("checkout.session.async_payment_failed", consultationId);
    const confirmation = await sessionEvent("checkout.session.async_payment_succeeded", consultationId);
    const expired = await sessionEvent("checkout.session.expired", consultationId);

    expect((await receivePaymentWebhook(confirmation)).status).toBe("applied");
    expect((await receivePaymentWebhook(failure)).status).toBe("ignored");
    expect((await receivePaymentWebhook(expired)).status).toBe("ignored");

    expect((await consultationOf(consultationId)).state).toBe("ACTIVE");
    expect((await latestPayment(consultationId)).state).toBe("SUCCEEDED");
    expect(await paidNotices(consultationId)).toHaveLength(2);
  });

  it("a payer who retries in the same checkout after a decline opens it (failed → succeeded)", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    await receivePaymentWebhook(await sessionEvent("checkout.session.async_payment_failed", consultationId));
    expect((await latestPayment(consultationId)).state).toBe("FAILED");
    await receivePaymentWebhook(await sessionEvent("checkout.session.async_payment_succeeded", consultationId));
    expect((await latestPayment(consultationId)).state).toBe("SUCCEEDED");
    expect((await consultationOf(consultationId)).state).toBe("ACTIVE");
  });

  it("a refund made at the provider after the doctor answered refunds the consultation", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    await receivePaymentWebhook(await sessionEvent("checkout.session.completed", consultationId));
    await db().consultation.update({
      where: { id: consultationId },
      data: { state: "ANSWERED", firstAnsweredAt: new Date() },
    });

    await receivePaymentWebhook(await refundEvent(consultationId));

    expect((await consultationOf(consultationId)).state).toBe("REFUNDED");
    expect((await latestPayment(consultationId)).state).toBe("REFUNDED");
  });

  it("ignores events that are not about our payments", async () => {
    const delivery = sign({
      id: "evt_sandbox_unrelated",
      object: "event",
      type: "customer.created",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object: { id: "cus_1", object: "customer" } },
    });
    const before = await paymentRowCounts();
    expect((await receivePaymentWebhook(delivery)).status).toBe("ignored");
    expect(await paymentRowCounts()).toEqual(before);
  });
});
