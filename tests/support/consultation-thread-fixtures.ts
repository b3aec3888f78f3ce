// Paid consultations written straight to the test database (state ACTIVE, paidAt set, a SUCCEEDED payment), so the
// private-thread tests state only what they are about and do not depend on the payment flow.
import { randomBytes } from "node:crypto";
import { db } from "../../lib/db";
import type { ConsultationState } from "../../lib/generated/prisma/enums";

const HOUR_MS = 60 * 60 * 1000;

export async function createPaidConsultation(options: {
  patientId: string;
  doctorId: string;
  specialtyId?: number;
  state?: ConsultationState;
  subject?: string;
  paid?: boolean;
  answerDeadline?: Date;
  createdAt?: Date;
}): Promise<string> {
  const paid = options.paid ?? options.state !== "AWAITING_PAYMENT";
  const now = options.createdAt ?? new Date();
  const consultation = await db().consultation.create({
    data: {
      patientId: options.patientId,
      doctorId: options.doctorId,
      specialtyId: options.specialtyId,
      subject: options.subject ?? "Migraine with aura twice a week",
      state: options.state ?? "ACTIVE",
      priceMinor: 3500,
      currency: "EUR",
      createdAt: now,
      ...(paid && {
        paidAt: now,
        answerDeadline: options.answerDeadline ?? new Date(now.getTime() + 24 * HOUR_MS),
      }),
      payments: {
        create: {
          provider: "sandbox",
          externalId: `cs_${randomBytes(6).toString("hex")}`,
          idempotencyKey: `test-${randomBytes(8).toString("hex")}`,
          amountMinor: 3500,
          currency: "EUR",
          state: paid ? "SUCCEEDED" : "CREATED",
        },
      },
    },
    select: { id: true },
  });
  return consultation.id;
}

/** A message written straight to the table, as postConsultationMessage would commit it. */
export async function createConsultationMessage(options: {
  consultationId: string;
  authorId: string;
  body?: string;
  createdAt?: Date;
}): Promise<{ id: string; seq: string }> {
  const row = await db().consultationMessage.create({
    data: {
      consultationId: options.consultationId,
      authorId: options.authorId,
      body: options.body ?? "A private message.",
      ...(options.createdAt && { createdAt: options.createdAt }),
    },
    select: { id: true, seq: true },
  });
  return { id: row.id, seq: row.seq.toString() };
}
