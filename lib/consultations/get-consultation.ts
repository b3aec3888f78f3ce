import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import { CONSULTATION_ACCESS_SELECT, consultationResource } from "./consultation-resource";
import { type ConsultationView, loadConsultationView } from "./consultation-view";

export type GetConsultationOptions = { viewer: Viewer; consultationId: string; now?: Date };

export type ConsultationForParticipant = ConsultationView & {
  viewerIs: "patient" | "doctor";
  /** What the page offers the viewer; the use-cases check again when the form is sent. */
  allowed: { message: boolean; close: boolean; rate: boolean; pay: boolean };
  /** ACTIVE with its answer deadline passed (the refund job has not run yet). */
  overdue: boolean;
  /** The seq of the newest message from the other participant the viewer has not read yet, or null. */
  newestUnreadSeq: string | null;
};

export const CONSULTATION_NOT_FOUND = "This consultation does not exist.";
const ID = /^[a-z0-9]{1,40}$/i;

/**
 * The private thread as one of its two participants sees it. Anyone else — another patient, another doctor, staff,
 * a visitor — and the doctor before the payment was confirmed get NOT_FOUND, so its existence does not leak.
 */
export async function getConsultation({
  viewer,
  consultationId,
  now = new Date(),
}: GetConsultationOptions): Promise<ConsultationForParticipant> {
  if (!viewer || !ID.test(consultationId)) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
  const access = await db().consultation.findUnique({
    where: { id: consultationId },
    select: CONSULTATION_ACCESS_SELECT,
  });
  if (!access) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
  const resource = consultationResource(access);
  if (!can(viewer, "consultation.read", resource, now)) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);

  const view = await loadConsultationView(db(), consultationId, { viewer, review: false });
  if (!view) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
  const viewerIs = viewer.id === view.patient.id ? "patient" : "doctor";
  return {
    ...view,
    viewerIs,
    allowed: {
      message: can(viewer, "consultation.message", resource, now),
      close: can(viewer, "consultation.close", resource, now),
      rate: view.rating === null && can(viewer, "consultation.rate", resource, now),
      pay: viewerIs === "patient" && view.state === "AWAITING_PAYMENT",
    },
    overdue: view.state === "ACTIVE" && view.answerDeadline !== null && view.answerDeadline < now,
    newestUnreadSeq:
      view.messages.findLast((message) => message.author.id !== viewer.id && message.readAt === null)?.seq ?? null,
  };
}
