import type { Readable } from "node:stream";
import { recordAudit } from "../audit/record-audit";
import { can, type Viewer } from "../auth/permissions";
import { CONSULTATION_ACCESS_SELECT, consultationResource } from "../consultations/consultation-resource";
import { db } from "../db";
import { DomainError } from "../errors";
import { getStorage } from "../storage/get-storage";

export type GetAttachmentFileOptions = { viewer: Viewer; attachmentId: string };

export type AttachmentFile = {
  stream: Readable;
  contentType: string;
  sizeBytes: number;
  /** The display name, ending in the extension of what is really stored (for Content-Disposition). */
  fileName: string;
  /** Images we re-encoded may show in the page; PDFs are only ever downloaded. */
  disposition: "inline" | "attachment";
  /** A visitor could open it too: only then may shared caches keep it (an owner's view of a hidden file must not). */
  readableByAnyone: boolean;
};

const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

const notFound = () => new DomainError("NOT_FOUND", "This file does not exist.");

/** "report.PDF" stays; "report" becomes "report.pdf"; "photo.png" that was really a JPEG becomes "photo.png.jpg". */
function downloadName(fileName: string, contentType: string): string {
  const extension = EXTENSIONS[contentType];
  if (!extension) return fileName;
  const alternatives = extension === "jpg" ? ["jpg", "jpeg"] : [extension];
  const current = fileName.split(".").pop()?.toLowerCase();
  return fileName.includes(".") && current && alternatives.includes(current) ? fileName : `${fileName}.${extension}`;
}

/**
 * Staff open a private consultation's file only as they read its thread: through a complaint about one of its
 * messages (consultation.review), and each opening is written to the audit log.
 */
async function reviewedByStaff(viewer: Viewer, attachmentId: string, consultationId: string): Promise<boolean> {
  // Only staff could pass with a complaint: nobody else costs a transaction here.
  if (!viewer || !can(viewer, "consultation.review", { hasComplaint: true })) return false;
  return db().$transaction(async (tx) => {
    const complaint = await tx.complaint.findFirst({
      where: { targetType: "CONSULTATION_MESSAGE", consultationMessage: { consultationId } },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (!complaint || !can(viewer, "consultation.review", { hasComplaint: complaint !== null })) return false;
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "consultation.attachment.reviewed",
      targetType: "Attachment",
      targetId: attachmentId,
      after: { consultationId, complaintId: complaint.id },
      reason: `Opened a file of consultation ${consultationId} because of complaint ${complaint.id}.`,
    });
    return true;
  });
}

/**
 * The bytes of one attachment, if the viewer may open it. Missing, deleted and forbidden files are all
 * NOT_FOUND, so a doctors-only file's existence does not leak through its URL. An upload not yet attached
 * to a post is its owner's alone; a file of a private consultation, its two participants'.
 */
export async function getAttachmentFile({ viewer, attachmentId }: GetAttachmentFileOptions): Promise<AttachmentFile> {
  if (!/^[a-z0-9]{1,40}$/i.test(attachmentId)) throw notFound();
  const postState = { hiddenAt: true, deletedAt: true } as const;
  const row = await db().attachment.findUnique({
    where: { id: attachmentId },
    select: {
      ownerId: true,
      fileName: true,
      contentType: true,
      storageKey: true,
      visibility: true,
      hiddenAt: true,
      deletedAt: true,
      question: { select: postState },
      message: { select: { ...postState, question: { select: postState } } },
      consultationMessage: {
        select: { consultationId: true, consultation: { select: CONSULTATION_ACCESS_SELECT } },
      },
    },
  });
  if (!row || row.deletedAt) throw notFound();

  const isOwner = viewer !== null && viewer.id === row.ownerId;
  const post = row.message ?? row.question;
  let allowed: boolean;
  let readableByAnyone = false;
  if (row.consultationMessage) {
    // A file a moderator hid stays its owner's alone, in a consultation as in a thread.
    allowed =
      isOwner ||
      (row.hiddenAt === null &&
        can(viewer, "consultation.read", consultationResource(row.consultationMessage.consultation))) ||
      (await reviewedByStaff(viewer, attachmentId, row.consultationMessage.consultationId));
  } else if (!post) {
    allowed = isOwner;
  } else {
    const gone = (entry: { hiddenAt: Date | null; deletedAt: Date | null } | null | undefined) =>
      entry != null && (entry.hiddenAt !== null || entry.deletedAt !== null);
    const hidden = row.hiddenAt !== null || gone(row.question) || gone(row.message) || gone(row.message?.question);
    const resource = { ownerId: row.ownerId, visibility: row.visibility, hidden };
    allowed = can(viewer, "attachment.read", resource);
    readableByAnyone = can(null, "attachment.read", resource);
  }
  if (!allowed) throw notFound();

  const object = await getStorage().get(row.storageKey);
  if (!object) {
    // The row says the file exists: a missing object is lost data, worth an operator's attention.
    console.error("getAttachmentFile: stored object is missing", { attachmentId, storageKey: row.storageKey });
    throw notFound();
  }
  return {
    stream: object.stream,
    contentType: row.contentType,
    sizeBytes: object.sizeBytes,
    fileName: downloadName(row.fileName, row.contentType),
    disposition: row.contentType.startsWith("image/") ? "inline" : "attachment",
    readableByAnyone,
  };
}
