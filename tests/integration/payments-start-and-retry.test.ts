// Starting a paid consultation (consultation, first message with its files, payment and checkout) and paying again
// after a declined payment or a provider failure: nothing the patient wrote is lost.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/payments/webhook/route";
import { payForConsultation } from "../../lib/consultations/pay-for-consultation";
import { receivePaymentWebhook } from "../../lib/consultations/receive-payment-webhook";
import { startConsultation } from "../../lib/consultations/start-consultation";
import { db } from "../../lib/db";
import { completeSandboxCheckout } from "../../lib/payments/complete-sandbox-checkout";
import { getPaymentProvider } from "../../lib/payments/get-payment-provider";
import { getSandboxCheckout } from "../../lib/payments/get-sandbox-checkout";
import { CheckoutUnavailableError } from "../../lib/payments/open-checkout";
import { sandboxSessionEvent } from "../../lib/payments/sandbox-events";
import { failureOf } from "../support/domain-error";
import {
  consultationInput,
  createConsultingDoctor,
  latestPayment,
  scriptedProvider,
  sessionEvent,
  sign,
  startTestConsultation,
} from "../support/payment-fixtures";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createQuestion,
  createSpecialty,
  createUpload,
  type Person,
} from "../support/thread-fixtures";

setupTestDatabase("payments_start");

let neurologyId: number;
let patient: Person;
let otherPatient: Person;
let doctor: Person;

beforeAll(async () => {
  neurologyId = (await createSpecialty("Neurologist")).id;
  const psychiatryId = (await createSpecialty("Psychiatrist")).id;
  patient = await createPerson({ name: "Anna Berzina" });
  otherPatient = await createPerson({ name: "Mark Tanner" });
  doctor = await createConsultingDoctor({ name: "Daniel Hartmann", specialtyIds: [neurologyId, psychiatryId] });
});

/** Delivers a signed body to the webhook route handler, exactly as the HTTP request would. */
const deliverToRoute = async (rawBody: string, signature: string) =>
  (
    await POST(
      new Request("http://localhost/api/payments/webhook", {
        method: "POST",
        headers: { "stripe-signature": signature },
        body: rawBody,
      }),
    )
  ).status;

describe("startConsultation", () => {
  it("saves the consultation at the doctor's price, the first message with its files, and a pending payment", async () => {
    const uploadId = await createUpload(patient.id);
    const questionId = await createQuestion({ authorId: patient.id, specialtyId: neurologyId });
    const { consultationId, checkoutUrl } = await startConsultation({
      actor: patient.actor,
      input: consultationInput(doctor.id, { attachmentIds: [uploadId], sourceQuestionId: questionId }),
    });

    const consultation = await db().consultation.findUniqueOrThrow({
      where: { id: consultationId },
      include: { messages: { include: { attachments: true } }, payments: true },
    });
    expect(consultation).toMatchObject({
      patientId: patient.id,
      doctorId: doctor.id,
      specialtyId: neurologyId,
      sourceQuestionId: questionId,
      state: "AWAITING_PAYMENT",
      priceMinor: 3500,
      currency: "EUR",
      paidAt: null,
      answerDeadline: null,
    });
    expect(consultation.messages).toHaveLength(1);
    expect(consultation.messages[0]?.authorId).toBe(patient.id);
    expect(consultation.messages[0]?.attachments.map((file) => [file.id, file.visibility])).toEqual([
      [uploadId, "DOCTORS_ONLY"],
    ]);
    expect(consultation.payments).toHaveLength(1);
    const payment = consultation.payments[0];
    expect(payment).toMatchObject({ provider: "sandbox", state: "PENDING", amountMinor: 3500, currency: "EUR" });
    expect(payment?.externalId).toMatch(/^cs_sandbox_/);
    expect(checkoutUrl).toBe(`/consultations/checkout/sandbox/${payment?.id}`);
    expect(payment?.checkoutUrl).toBe(checkoutUrl);
    const events = await db().paymentEvent.findMany({
      where: { paymentId: payment?.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => [event.type, event.fromState, event.toState])).toEqual([
      ["payment.created", null, "CREATED"],
      ["checkout.created", "CREATED", "PENDING"],
    ]);
  });

  it("keeps the price of the moment: a later price change does not touch a started consultation", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    await db().doctorProfile.update({ where: { userId: doctor.id }, data: { consultationPriceMinor: 9900 } });
    try {
      expect((await db().consultation.findUniqueOrThrow({ where: { id: consultationId } })).priceMinor).toBe(3500);
      expect((await latestPayment(consultationId)).amountMinor).toBe(3500);
    } finally {
      await db().doctorProfile.update({ where: { userId: doctor.id }, data: { consultationPriceMinor: 3500 } });
    }
  });

  it("refuses doctors who cannot be consulted, non-patients and bad input, and writes nothing", async () => {
    const pending = await createDoctor({ specialtyIds: [neurologyId], verified: false });
    await db().doctorProfile.update({
      where: { userId: pending.id },
      data: { offersConsultations: true, consultationPriceMinor: 2000 },
    });
    const notOffering = await createDoctor({ specialtyIds: [neurologyId] });
    const hiddenQuestion = await createQuestion({
      authorId: otherPatient.id,
      specialtyId: neurologyId,
      extra: { hiddenAt: new Date() },
    });
    const before = await db().consultation.count();

    const cases = [
      { actor: patient.actor, input: consultationInput(pending.id), code: "NOT_FOUND" },
      { actor: patient.actor, input: consultationInput("no-such-doctor"), code: "NOT_FOUND" },
      { actor: patient.actor, input: consultationInput(patient.id), code: "NOT_FOUND" },
      { actor: patient.actor, input: consultationInput(notOffering.id), code: "CONFLICT" },
      { actor: doctor.actor, input: consultationInput(doctor.id), code: "FORBIDDEN" },
      { actor: null, input: consultationInput(doctor.id), code: "FORBIDDEN" },
      {
        actor: patient.actor,
        input: consultationInput(doctor.id, { sourceQuestionId: hiddenQuestion }),
        code: "NOT_FOUND",
      },
      { actor: patient.actor, input: { ...consultationInput(doctor.id), body: "short" }, code: "INVALID" },
      {
        actor: patient.actor,
        input: consultationInput(doctor.id, { attachmentIds: [await createUpload(otherPatient.id)] }),
        code: "INVALID",
      },
    ] as const;
    for (const attempt of cases) {
      const error = await failureOf(startConsultation({ actor: attempt.actor, input: attempt.input }));
      expect(error.code, JSON.stringify(attempt.input)).toBe(attempt.code);
    }
    expect(await db().consultation.count()).toBe(before);
  });

  it("keeps the consultation and message when the provider fails, and the patient can pay later", async () => {
    const failing = scriptedProvider(getPaymentProvider(), { failCheckout: true });
    const error = await failureOf(startTestConsultation(patient, doctor, failing.provider));
    expect(error).toBeInstanceOf(CheckoutUnavailableError);
    expect(error.code).toBe("PAYMENT_REQUIRED");
    const consultationId = (error as CheckoutUnavailableError).consultationId;

    const consultation = await db().consultation.findUniqueOrThrow({
      where: { id: consultationId },
      include: { messages: true },
    });
    expect(consultation.state).toBe("AWAITING_PAYMENT");
    expect(consultation.messages[0]?.body).toBe(consultationInput(doctor.id).body);
    expect((await latestPayment(consultationId)).state).toBe("CREATED");

    failing.script.failCheckout = false;
    const { checkoutUrl } = await payForConsultation({
      actor: patient.actor,
      consultationId,
      provider: failing.provider,
    });
    const payment = await latestPayment(consultationId);
    expect(await db().payment.count({ where: { consultationId } })).toBe(1);
    expect(payment.state).toBe("PENDING");
    expect(checkoutUrl).toBe(`/consultations/checkout/sandbox/${payment.id}`);
  });
});

describe("payForConsultation", () => {
  it("gives the open checkout again rather than a second one", async () => {
    const { consultationId, checkoutUrl } = await startTestConsultation(patient, doctor);
    expect(await payForConsultation({ actor: patient.actor, consultationId })).toEqual({ checkoutUrl });
    expect(await db().payment.count({ where: { consultationId } })).toBe(1);
  });

  it("after a declined payment opens nothing, gives a new checkout, and paying it opens the consultation", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    const declined = await latestPayment(consultationId);
    await receivePaymentWebhook(await sessionEvent("checkout.session.async_payment_failed", consultationId));
    expect((await latestPayment(consultationId)).state).toBe("FAILED");
    const consultation = await db().consultation.findUniqueOrThrow({ where: { id: consultationId } });
    expect(consultation.state).toBe("AWAITING_PAYMENT");
    expect(await db().notification.count({ where: { url: `/consultations/${consultationId}` } })).toBe(0);

    const { checkoutUrl } = await payForConsultation({ actor: patient.actor, consultationId });
    const retry = await latestPayment(consultationId);
    expect(retry.id).not.toBe(declined.id);
    expect(retry.state).toBe("PENDING");
    expect(checkoutUrl).toBe(`/consultations/checkout/sandbox/${retry.id}`);

    await receivePaymentWebhook(await sessionEvent("checkout.session.completed", consultationId));
    expect((await db().consultation.findUniqueOrThrow({ where: { id: consultationId } })).state).toBe("ACTIVE");
    const states = await db().payment.findMany({ where: { consultationId }, orderBy: { createdAt: "asc" } });
    expect(states.map((payment) => payment.state)).toEqual(["FAILED", "SUCCEEDED"]);
    expect(await db().consultationMessage.count({ where: { consultationId } })).toBe(1);
  });

  it("is the patient's alone, and only while the consultation awaits payment", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    for (const actor of [otherPatient.actor, doctor.actor, null]) {
      expect((await failureOf(payForConsultation({ actor, consultationId }))).code).toBe("NOT_FOUND");
    }
    await receivePaymentWebhook(await sessionEvent("checkout.session.completed", consultationId));
    expect((await failureOf(payForConsultation({ actor: patient.actor, consultationId }))).code).toBe("CONFLICT");
    expect(await db().payment.count({ where: { consultationId } })).toBe(1);
  });

  it("a second payment that succeeds after the first one opened the consultation is refunded at once", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    const first = await latestPayment(consultationId);
    const firstFailure = await sessionEvent("checkout.session.async_payment_failed", consultationId);
    await receivePaymentWebhook(firstFailure);
    await payForConsultation({ actor: patient.actor, consultationId });
    const second = await latestPayment(consultationId);
    await receivePaymentWebhook(await sessionEvent("checkout.session.completed", consultationId));

    // The first checkout's retry succeeds too (Stripe allows a retry in the same session).
    await receivePaymentWebhook(sign(sandboxSessionEvent("checkout.session.async_payment_succeeded", first)));

    const rows = await db().payment.findMany({ where: { consultationId } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(second.id)?.state).toBe("SUCCEEDED");
    // It cannot count (one confirmed payment per consultation): annulled, its money sent back.
    expect(byId.get(first.id)?.state).toBe("CANCELED");
    expect(byId.get(first.id)?.refundExternalId).toMatch(/^re_sandbox_/);
    expect((await db().consultation.findUniqueOrThrow({ where: { id: consultationId } })).state).toBe("ACTIVE");
  });
});

describe("the sandbox checkout", () => {
  it("shows the checkout to its patient only", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    const payment = await latestPayment(consultationId);
    const checkout = await getSandboxCheckout({ actor: patient.actor, paymentId: payment.id });
    expect(checkout).toMatchObject({
      consultationId,
      doctorName: "Daniel Hartmann",
      amountMinor: 3500,
      currency: "EUR",
    });
    for (const actor of [otherPatient.actor, doctor.actor, null]) {
      expect((await failureOf(getSandboxCheckout({ actor, paymentId: payment.id }))).code).toBe("NOT_FOUND");
    }
  });

  it("pays through the webhook route with a signed event", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    const payment = await latestPayment(consultationId);
    expect(
      (
        await failureOf(
          completeSandboxCheckout({
            actor: otherPatient.actor,
            paymentId: payment.id,
            outcome: "pay",
            deliver: deliverToRoute,
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const result = await completeSandboxCheckout({
      actor: patient.actor,
      paymentId: payment.id,
      outcome: "pay",
      deliver: deliverToRoute,
    });
    expect(result).toEqual({ consultationId });
    expect((await db().consultation.findUniqueOrThrow({ where: { id: consultationId } })).state).toBe("ACTIVE");
    expect((await latestPayment(consultationId)).state).toBe("SUCCEEDED");
  });

  it("declines through the webhook route: nothing opens, and the declined attempt cannot be paid again", async () => {
    const { consultationId } = await startTestConsultation(patient, doctor);
    const payment = await latestPayment(consultationId);
    await completeSandboxCheckout({
      actor: patient.actor,
      paymentId: payment.id,
      outcome: "decline",
      deliver: deliverToRoute,
    });
    expect((await db().consultation.findUniqueOrThrow({ where: { id: consultationId } })).state).toBe(
      "AWAITING_PAYMENT",
    );
    expect((await latestPayment(consultationId)).state).toBe("FAILED");
    const error = await failureOf(
      completeSandboxCheckout({ actor: patient.actor, paymentId: payment.id, outcome: "pay", deliver: deliverToRoute }),
    );
    expect(error.code).toBe("CONFLICT");
  });
});
