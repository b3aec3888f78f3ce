import { claimAttachments } from "../attachments/claim-attachments";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { db } from "../db";
import { DomainError } from "../errors";
import { assertWithinLimits } from "../limits/assert-within-limits";
import { sendNotices } from "../notifications/send-notices";
import { publishConsultationMessage, publishConsultationState } from "../realtime/publish-consultation-event";
import { doctorName } from "../text/doctor-name";
import { ZConsultationMessage } from "../validation/consultation";
import { CONSULTATION_LIMITS } from "../validation/consultation-limits";
import { parseInput } from "../validation/parse-input";
import { consultationResource } from "./consultation-resource";
import { transitionConsultation } from "./consultation-transitions";
import { CONSULTATION_NOT_FOUND } from "./get-consultation";
import { type LockedConsultation, lockConsultation } from "./lock-consultation";

export type PostConsultationMessageOptions = {
  actor: Viewer;
  /** The form's values (TConsultationMessage); parsed here with ZConsultationMessage. */
  input: unknown;
  now?: Date;
};

export type PostedConsultationMessage = { consultationId: string; messageId: string; answered: boolean };

/** Why a participant may not write, in words they can act on. */
function closedSentence(state: LockedConsultation["state"]): string {
  switch (state) {
    case "CLOSED":
      return "This consultation is closed, so no new messages can be sent. To ask something new, start a new consultation.";
    case "REFUNDED":
      return "This consultation was refunded and is closed to new messages.";
    case "EXPIRED":
      return "This consultation expired before it was paid, so no messages can be sent.";
    default:
      return "This consultation opens for messages once the payment is confirmed.";
  }
}

/**
 * One of the two participants writes in the private thread while it is open (ACTIVE or ANSWERED). In one transaction,
 * under the consultation's row lock: the message, its files (private to the two), the doctor's first message moving
 * ACTIVE → ANSWERED, and the notification to the other person. Published live after the commit.
 */
export async function postConsultationMessage({
  actor,
  input,
  now = new Date(),
}: PostConsultationMessageOptions): Promise<PostedConsultationMessage> {
  const refusal = writeRefusal(actor, "write in this consultation", now);
  if (refusal || !actor) throw refusal ?? new DomainError("FORBIDDEN", "Sign in to write.");
  const { consultationId, body, attachmentIds } = parseInput(ZConsultationMessage, input);

  const posted = await db().$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, consultationId);
    if (!consultation) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
    const resource = consultationResource(consultation);
    if (!can(actor, "consultation.read", resource, now)) throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
    if (!can(actor, "consultation.message", resource, now)) {
      throw new DomainError("CONFLICT", closedSentence(consultation.state));
    }
    await assertWithinLimits(tx, { actor, action: "private-message", now });

    const message = await tx.consultationMessage.create({
      data: { consultationId, authorId: actor.id, body, createdAt: now },
      select: { id: true },
    });
    await claimAttachments(tx, {
      ownerId: actor.id,
      attachmentIds,
      target: { consultationMessageId: message.id },
      max: CONSULTATION_LIMITS.attachmentsMax,
    });

    const fromDoctor = actor.id === consultation.doctorId;
    const answered = fromDoctor && consultation.state === "ACTIVE";
    if (answered) {
      await transitionConsultation(tx, {
        consultationId,
        from: "ACTIVE",
        to: "ANSWERED",
        fields: { firstAnsweredAt: now },
      });
    }
    const author = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    const doctor = doctorName(author.name);
    const url = `/consultations/${consultationId}#m_${message.id}`;
    await sendNotices(
      tx,
      [
        answered
          ? {
              userId: consultation.patientId,
              type: "CONSULTATION_ANSWERED",
              title: `${doctor} answered your consultation “${consultation.subject}”`,
              body: null,
              url,
              data: { consultationId, messageId: message.id },
            }
          : {
              userId: fromDoctor ? consultation.patientId : consultation.doctorId,
              type: "CONSULTATION_MESSAGE",
              title: `${fromDoctor ? doctor : author.name} wrote in “${consultation.subject}”`,
              body: null,
              url,
              data: { consultationId, messageId: message.id },
            },
      ],
      "You receive this e-mail because of your private consultation on Consilium.",
    );
    return { consultationId, messageId: message.id, answered };
  });

  await publishConsultationMessage(posted);
  if (posted.answered) await publishConsultationState({ consultationId });
  return posted;
}
