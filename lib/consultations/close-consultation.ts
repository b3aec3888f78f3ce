import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { db } from "../db";
import { DomainError } from "../errors";
import { publishConsultationState } from "../realtime/publish-consultation-event";
import { consultationResource } from "./consultation-resource";
import { describeConsultationState, transitionConsultation } from "./consultation-transitions";
import { CONSULTATION_NOT_FOUND } from "./get-consultation";
import { lockConsultation } from "./lock-consultation";

export type CloseConsultationOptions = { actor: Viewer; consultationId: string; now?: Date };

export const ONLY_THE_PATIENT_CLOSES = "Only the patient who started this consultation can close it.";

/** The patient closes an answered consultation (ANSWERED → CLOSED); they may rate it afterwards. */
export async function closeConsultation({
  actor,
  consultationId,
  now = new Date(),
}: CloseConsultationOptions): Promise<void> {
  const refusal = writeRefusal(actor, "close this consultation", now);
  if (refusal || !actor) throw refusal ?? new DomainError("FORBIDDEN", "Sign in first.");
  await db().$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, consultationId);
    if (!consultation) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
    const resource = consultationResource(consultation);
    if (!can(actor, "consultation.read", resource, now)) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
    if (actor.id !== consultation.patientId) throw new DomainError("FORBIDDEN", ONLY_THE_PATIENT_CLOSES);
    if (!can(actor, "consultation.close", resource, now)) {
      throw new DomainError(
        "CONFLICT",
        consultation.state === "ACTIVE"
          ? "You can close the consultation once the doctor has answered."
          : `This consultation is ${describeConsultationState(consultation.state)} and cannot be closed.`,
      );
    }
    await transitionConsultation(tx, {
      consultationId,
      from: "ANSWERED",
      to: "CLOSED",
      fields: { closedAt: now },
    });
  });
  await publishConsultationState({ consultationId });
}
