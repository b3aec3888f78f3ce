import { createHash } from "node:crypto";
import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { AttachmentVisibility } from "../generated/prisma/enums";
import { getStorage } from "../storage/get-storage";
import { newStorageKey } from "../storage/storage";
import { ATTACHMENT_LIMITS, TOO_LARGE_MESSAGE } from "../validation/attachment-limits";
import { inspectUpload } from "./inspect-upload";

export type UploadAttachmentOptions = {
  actor: Viewer;
  /** The name the user's device gave the file: shown to readers, never used as a path. */
  fileName: string;
  bytes: Uint8Array;
  visibility?: AttachmentVisibility;
  now?: Date;
};

/** What the uploader's form shows and submits (the id goes into the post's attachmentIds). */
export type UploadedAttachment = {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  visibility: AttachmentVisibility;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** For display only: no folders, no control or direction-override characters, at most 200 characters. */
export function displayFileName(raw: string, extension: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  const characters = Array.from(cleaned || `file.${extension}`);
  if (characters.length <= ATTACHMENT_LIMITS.fileNameMax) return characters.join("");
  // Too long: keep the end, where the extension is, and cut the middle.
  const tail = characters.slice(-16);
  return `${characters.slice(0, ATTACHMENT_LIMITS.fileNameMax - tail.length - 1).join("")}…${tail.join("")}`;
}

const unattached = { questionId: null, messageId: null, consultationMessageId: null } as const;

/** Uploads younger than a day that are not part of a post yet: what the per-user cap counts. */
const recentUnattached = (ownerId: string, now: Date) => ({
  ownerId,
  ...unattached,
  createdAt: { gt: new Date(now.getTime() - DAY_MS) },
});

const tooManyUploads = () =>
  new DomainError(
    "RATE_LIMITED",
    `You have uploaded ${ATTACHMENT_LIMITS.unattachedPerDay} files in the last 24 hours that are not part of a ` +
      "question or reply yet. Post what you are writing first, or try again tomorrow.",
  );

/**
 * Stores one file a signed-in user is about to attach to a question or reply. The file is checked by its
 * bytes and images are re-encoded (see inspectUpload); the row starts unattached and is linked by
 * claimAttachments when the post is saved, or purged after a day (purgeOrphanUploads).
 */
export async function uploadAttachment({
  actor,
  fileName,
  bytes,
  visibility = "DOCTORS_ONLY",
  now = new Date(),
}: UploadAttachmentOptions): Promise<UploadedAttachment> {
  if (!actor) throw new DomainError("FORBIDDEN", "Sign in to attach files.");
  if (!can(actor, "attachment.upload")) {
    throw new DomainError("FORBIDDEN", "Your account is suspended, so you cannot upload files for now.");
  }
  const owner = actor;
  if (bytes.length > ATTACHMENT_LIMITS.maxBytes) throw new DomainError("INVALID", TOO_LARGE_MESSAGE);
  // Cheap early answer before the expensive inspection; the count is repeated under a lock below.
  const parked = await db().attachment.count({ where: recentUnattached(owner.id, now) });
  if (parked >= ATTACHMENT_LIMITS.unattachedPerDay) throw tooManyUploads();

  const file = await inspectUpload(bytes);
  const storageKey = newStorageKey(file.extension, now);
  const storage = getStorage();
  await storage.put(storageKey, file.bytes, file.contentType);

  try {
    return await db().$transaction(async (tx) => {
      // Per-user lock: two uploads at the same moment are counted one after the other.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`uploads:${owner.id}`}))`;
      if (
        (await tx.attachment.count({ where: recentUnattached(owner.id, now) })) >= ATTACHMENT_LIMITS.unattachedPerDay
      ) {
        throw tooManyUploads();
      }
      return tx.attachment.create({
        data: {
          ownerId: owner.id,
          fileName: displayFileName(fileName, file.extension),
          contentType: file.contentType,
          sizeBytes: file.bytes.length,
          sha256: createHash("sha256").update(file.bytes).digest("hex"),
          storageKey,
          visibility,
          width: file.width ?? null,
          height: file.height ?? null,
          createdAt: now,
        },
        select: { id: true, fileName: true, contentType: true, sizeBytes: true, visibility: true },
      });
    });
  } catch (error) {
    // No row points at the object: remove it, so a failed upload leaves nothing behind.
    await storage.delete(storageKey).catch((cleanupError: unknown) => {
      console.error("uploadAttachment: could not delete the object of a failed upload", { storageKey, cleanupError });
    });
    throw error;
  }
}
