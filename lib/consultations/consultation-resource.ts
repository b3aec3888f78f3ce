// What the permission matrix needs to know about a consultation, selected and shaped the same way everywhere.
import type { ConsultationState } from "../generated/prisma/enums";

export const CONSULTATION_ACCESS_SELECT = { patientId: true, doctorId: true, state: true, paidAt: true } as const;

export function consultationResource(row: {
  patientId: string;
  doctorId: string;
  state: ConsultationState;
  paidAt: Date | null;
}) {
  return { patientId: row.patientId, doctorId: row.doctorId, state: row.state, paid: row.paidAt !== null };
}
