import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import { publishConsultationRead } from "../realtime/publish-consultation-event";
import { CONSULTATION_ACCESS_SELECT, consultationResource } from "./consultation-resource";
import { CONSULTATION_NOT_FOUND } from "./get-consultation";

export type MarkConsultationReadOptions = { viewer: Viewer; consultationId: string; now?: Date };

/**
 * A participant has the thread open: the other person's messages they had not seen yet are read now (the sender's
 * page then says "Read" instead of "Delivered"). Only the viewer's counterpart's messages change; staff reading
 * through a report never mark anything. Published live when something changed.
 */
export async function markConsultationRead({
  viewer,
  consultationId,
  now = new Date(),
}: MarkConsultationReadOptions): Promise<{ marked: number }> {
  const access = viewer
    ? await db().consultation.findUnique({ where: { id: consultationId }, select: CONSULTATION_ACCESS_SELECT })
    : null;
  if (!viewer || !access || !can(viewer, "consultation.read", consultationResource(access), now)) {
    throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
  }
  const { count } = await db().consultationMessage.updateMany({
    where: { consultationId, authorId: { not: viewer.id }, readAt: null, createdAt: { lte: now } },
    data: { readAt: now },
  });
  if (count > 0) await publishConsultationRead({ consultationId, readerId: viewer.id, readAt: now });
  return { marked: count };
}
