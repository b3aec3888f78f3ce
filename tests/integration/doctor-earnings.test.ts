// A doctor's earnings: only succeeded (not refunded) payments, per currency, only the doctor's own consultations.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getDoctorEarnings } from "../../lib/doctors/get-doctor-earnings";
import type { ConsultationState, PaymentState } from "../../lib/generated/prisma/enums";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("doctor_earnings");

const now = new Date(Date.UTC(2026, 10, 26, 12));
let neurologyId: number;
let anna: Person;
let hartmann: Person;
let maslova: Person;

async function paidConsultation(options: {
  doctorId: string;
  amountMinor: number;
  currency?: string;
  paymentState?: PaymentState;
  state?: ConsultationState;
  paidAt?: Date | null;
  subject?: string;
}) {
  const currency = options.currency ?? "EUR";
  const consultation = await db().consultation.create({
    data: {
      patientId: anna.id,
      doctorId: options.doctorId,
      subject: options.subject ?? "Numb toes after a long run",
      state: options.state ?? "ACTIVE",
      priceMinor: options.amountMinor,
      currency,
      paidAt: options.paidAt === undefined ? new Date(Date.UTC(2026, 10, 20)) : options.paidAt,
      payments: {
        create: {
          provider: "sandbox",
          idempotencyKey: randomBytes(8).toString("hex"),
          amountMinor: options.amountMinor,
          currency,
          state: options.paymentState ?? "SUCCEEDED",
        },
      },
    },
    select: { id: true },
  });
  return consultation.id;
}

beforeAll(async () => {
  neurologyId = (await createSpecialty("Neurologist")).id;
  anna = await createPerson({ name: "Anna Lindqvist" });
  hartmann = await createDoctor({ name: "Daniel Hartmann", specialtyIds: [neurologyId] });
  maslova = await createDoctor({ name: "Irina Maslova", specialtyIds: [neurologyId] });

  await paidConsultation({ doctorId: hartmann.id, amountMinor: 3500, subject: "Sciatica after lifting" });
  await paidConsultation({
    doctorId: hartmann.id,
    amountMinor: 3500,
    state: "CLOSED",
    paidAt: new Date(Date.UTC(2026, 9, 3)),
  });
  await paidConsultation({ doctorId: hartmann.id, amountMinor: 4000, currency: "USD" });
  // Refunded after payment, never paid, failed: none of them counts.
  await paidConsultation({ doctorId: hartmann.id, amountMinor: 3500, paymentState: "REFUNDED", state: "REFUNDED" });
  await paidConsultation({
    doctorId: hartmann.id,
    amountMinor: 3500,
    paymentState: "PENDING",
    state: "AWAITING_PAYMENT",
    paidAt: null,
  });
  await paidConsultation({
    doctorId: hartmann.id,
    amountMinor: 3500,
    paymentState: "FAILED",
    state: "EXPIRED",
    paidAt: null,
  });
  // Paid over a year ago: in the totals, not in the last 12 months.
  await paidConsultation({
    doctorId: hartmann.id,
    amountMinor: 1000,
    state: "CLOSED",
    paidAt: new Date(Date.UTC(2025, 0, 5)),
  });
  // Another doctor's money.
  await paidConsultation({ doctorId: maslova.id, amountMinor: 9900 });
});

describe("getDoctorEarnings", () => {
  it("sums only succeeded payments, per currency, and counts the refunded apart", async () => {
    const earnings = await getDoctorEarnings({ actor: hartmann.actor, now });
    expect(earnings.totals).toEqual([
      { currency: "EUR", amountMinor: 8000 },
      { currency: "USD", amountMinor: 4000 },
    ]);
    expect(earnings.paidCount).toBe(4);
    expect(earnings.refundedCount).toBe(1);
  });

  it("groups the last 12 months by the month paid, oldest first", async () => {
    const { months } = await getDoctorEarnings({ actor: hartmann.actor, now });
    expect(months).toHaveLength(12);
    expect(months[0]?.month).toEqual(new Date(Date.UTC(2025, 11, 1)));
    expect(months[11]?.month).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(months[11]).toMatchObject({
      paidCount: 2,
      totals: [
        { currency: "EUR", amountMinor: 3500 },
        { currency: "USD", amountMinor: 4000 },
      ],
    });
    expect(months[10]).toMatchObject({ paidCount: 1, totals: [{ currency: "EUR", amountMinor: 3500 }] });
    expect(months.slice(0, 10).every((month) => month.paidCount === 0 && month.totals.length === 0)).toBe(true);
  });

  it("lists recent paid consultations with the patient's first name, refunded ones marked", async () => {
    const { recent } = await getDoctorEarnings({ actor: hartmann.actor, now });
    expect(recent).toHaveLength(5);
    expect(recent.every((row) => row.patientFirstName === "Anna")).toBe(true);
    expect(recent.filter((row) => row.refunded)).toHaveLength(1);
    expect(recent.find((row) => row.subject === "Sciatica after lifting")).toMatchObject({
      amountMinor: 3500,
      currency: "EUR",
      state: "ACTIVE",
      refunded: false,
    });
    expect(recent.map((row) => row.paidAt.getTime())).toEqual(
      [...recent.map((row) => row.paidAt.getTime())].sort((a, b) => b - a),
    );
  });

  it("shows each doctor only their own", async () => {
    const earnings = await getDoctorEarnings({ actor: maslova.actor, now });
    expect(earnings.totals).toEqual([{ currency: "EUR", amountMinor: 9900 }]);
    expect(earnings.paidCount).toBe(1);
    expect(earnings.recent).toHaveLength(1);
    const fresh = await createDoctor({ specialtyIds: [neurologyId] });
    const none = await getDoctorEarnings({ actor: fresh.actor, now });
    expect(none).toMatchObject({ totals: [], paidCount: 0, refundedCount: 0, recent: [] });
  });

  it("lets a suspended doctor still read their earnings (reading is not writing)", async () => {
    const earnings = await getDoctorEarnings({
      actor: { ...maslova.actor, status: "SUSPENDED", suspendedUntil: null },
      now,
    });
    expect(earnings.totals).toEqual([{ currency: "EUR", amountMinor: 9900 }]);
  });

  it("refuses patients and visitors", async () => {
    expect((await failureOf(getDoctorEarnings({ actor: anna.actor, now }))).code).toBe("FORBIDDEN");
    expect((await failureOf(getDoctorEarnings({ actor: null, now }))).code).toBe("FORBIDDEN");
  });
});
