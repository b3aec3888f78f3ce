import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { ConsultationMessageEvent } from "../realtime/consultation-events";
import { CONSULTATION_ACCESS_SELECT, consultationResource } from "./consultation-resource";
import { messageEventOf, messageSelect, messageViewOf } from "./consultation-view";
import { CONSULTATION_NOT_FOUND } from "./get-consultation";

export type ListConsultationMessagesSinceOptions = {
  viewer: Viewer;
  consultationId: string;
  /** Messages with a higher seq are returned; absent: none (a join that asks for no catch-up). */
  afterSeq?: bigint;
};

/** A catch-up never sends more than this; a page further behind than that reloads. */
export const CATCH_UP_LIMIT = 500;
const ID = /^[a-z0-9]{1,40}$/i;

/**
 * What a participant's page missed while it was offline: the messages after `afterSeq`, oldest first, as the viewer
 * may see them. Anyone who may not read the consultation gets NOT_FOUND.
 */
export async function listConsultationMessagesSince({
  viewer,
  consultationId,
  afterSeq,
}: ListConsultationMessagesSinceOptions): Promise<ConsultationMessageEvent[]> {
  const access =
    viewer && ID.test(consultationId)
      ? await db().consultation.findUnique({ where: { id: consultationId }, select: CONSULTATION_ACCESS_SELECT })
      : null;
  if (!viewer || !access || !can(viewer, "consultation.read", consultationResource(access))) {
    throw new DomainError("NOT_FOUND", CONSULTATION_NOT_FOUND);
  }
  if (afterSeq === undefined) return [];
  const rows = await db().consultationMessage.findMany({
    where: { consultationId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take: CATCH_UP_LIMIT,
    select: messageSelect,
  });
  return rows.map((row) => messageEventOf(consultationId, messageViewOf(row, { viewer, review: false })));
}
