import { recordAudit } from "../audit/record-audit";
import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { ComplaintReason, ComplaintState } from "../generated/prisma/enums";
import { type ConsultationView, loadConsultationView } from "./consultation-view";
import { CONSULTATION_NOT_FOUND } from "./get-consultation";

export type ReviewConsultationOptions = { actor: Viewer; consultationId: string; complaintId: string; now?: Date };

export type ConsultationReview = ConsultationView & {
  complaint: { id: string; messageId: string; reason: ComplaintReason; state: ComplaintState; createdAt: Date };
};

export const REVIEW_AUDIT_ACTION = "consultation.reviewed";
const ID = /^[a-z0-9]{1,40}$/i;

/**
 * A moderator or administrator reads a private thread because of a complaint about one of its messages (pending or
 * already decided). Every such reading is written to the audit log in the transaction that reads the thread, so no
 * access goes unrecorded. Without such a complaint the thread does not exist for staff (NOT_FOUND), and nothing is
 * recorded.
 */
export async function reviewConsultation({
  actor,
  consultationId,
  complaintId,
  now = new Date(),
}: ReviewConsultationOptions): Promise<ConsultationReview> {
  if (!actor || !ID.test(consultationId) || !ID.test(complaintId)) {
    throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
  }
  return db().$transaction(async (tx) => {
    const complaint = await tx.complaint.findFirst({
      where: { id: complaintId, targetType: "CONSULTATION_MESSAGE", consultationMessage: { consultationId } },
      select: { id: true, consultationMessageId: true, reason: true, state: true, createdAt: true },
    });
    if (!can(actor, "consultation.review", { hasComplaint: complaint !== null }, now) || !complaint) {
      throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
    }
    const view = await loadConsultationView(tx, consultationId, { viewer: actor, review: true });
    if (!view) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
    await recordAudit(tx, {
      actorId: actor.id,
      action: REVIEW_AUDIT_ACTION,
      targetType: "Consultation",
      targetId: consultationId,
      reason: `Read because of complaint ${complaint.id} about message ${complaint.consultationMessageId}.`,
      after: { complaintId: complaint.id, messageId: complaint.consultationMessageId },
      at: now,
    });
    return {
      ...view,
      complaint: {
        id: complaint.id,
        messageId: complaint.consultationMessageId as string,
        reason: complaint.reason,
        state: complaint.state,
        createdAt: complaint.createdAt,
      },
    };
  });
}
