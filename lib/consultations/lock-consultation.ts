import type { Tx } from "../db";
import type { ConsultationState } from "../generated/prisma/enums";

export type LockedConsultation = {
  id: string;
  patientId: string;
  doctorId: string;
  state: ConsultationState;
  paidAt: Date | null;
  rating: number | null;
  subject: string;
};

/**
 * Reads the consultation with a row lock (SELECT … FOR UPDATE) held until the caller's transaction ends. Everything
 * that changes a consultation or writes into it takes this lock first: the refund job moves ACTIVE → REFUNDED
 * concurrently, and a message or a rating must not slip in after it. Null when there is no such consultation.
 */
export async function lockConsultation(tx: Tx, consultationId: string): Promise<LockedConsultation | null> {
  const rows = await tx.$queryRaw<LockedConsultation[]>`
    SELECT id, "patientId", "doctorId", state::text AS state, "paidAt", rating, subject
    FROM "Consultation" WHERE id = ${consultationId} FOR UPDATE`;
  return rows[0] ?? null;
}
