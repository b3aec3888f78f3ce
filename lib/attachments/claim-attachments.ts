import type { Tx } from "../db";
import { DomainError } from "../errors";

export type ClaimTarget = { questionId: number } | { messageId: string } | { consultationMessageId: string };

/**
 * Links files the owner uploaded earlier (still unattached) to a new question, message or consultation message, inside the
 * caller's transaction. Anything else — someone else's file, a file already used, a deleted one — fails
 * the whole post with INVALID, so the text is not saved without the files the user meant to send.
 */
export async function claimAttachments(
  tx: Tx,
  options: { ownerId: string; attachmentIds: readonly string[]; target: ClaimTarget; max: number },
): Promise<void> {
  const ids = [...new Set(options.attachmentIds)];
  if (ids.length === 0) return;
  if (ids.length > options.max) {
    throw new DomainError("INVALID", `Attach at most ${options.max} files.`, {
      attachmentIds: [`Attach at most ${options.max} files.`],
    });
  }
  const { count } = await tx.attachment.updateMany({
    where: {
      id: { in: ids },
      ownerId: options.ownerId,
      questionId: null,
      messageId: null,
      consultationMessageId: null,
      deletedAt: null,
    },
    // A private consultation's files are never public, whatever the upload form defaulted to; who may open them
    // is decided by the consultation they belong to.
    data:
      "consultationMessageId" in options.target ? { ...options.target, visibility: "DOCTORS_ONLY" } : options.target,
  });
  if (count !== ids.length) {
    throw new DomainError("INVALID", "One of the attached files is no longer available. Please upload it again.", {
      attachmentIds: ["One of the attached files is no longer available. Please upload it again."],
    });
  }
}
