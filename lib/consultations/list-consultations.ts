import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { ConsultationState } from "../generated/prisma/enums";
import { describeConsultationState } from "./consultation-transitions";

export type ListConsultationsOptions = { viewer: Viewer; page?: number; now?: Date };

export type ConsultationListItem = {
  id: string;
  subject: string;
  state: ConsultationState;
  stateWords: string;
  /** The viewer's role in it: a doctor may also be a patient elsewhere. */
  viewerIs: "patient" | "doctor";
  /** The other person: the doctor for a patient, the patient for a doctor. */
  otherPerson: { id: string; name: string };
  specialty: string | null;
  priceMinor: number;
  currency: string;
  answerDeadline: Date | null;
  /** ACTIVE and past its answer deadline, not yet refunded by the job. */
  overdue: boolean;
  /** Messages from the other person the viewer has not opened yet. */
  unread: number;
  rating: number | null;
  createdAt: Date;
};

export type ConsultationList = { items: ConsultationListItem[]; page: number; pageCount: number; total: number };

export const CONSULTATIONS_PER_PAGE = 20;

/**
 * The viewer's own consultations, newest first: the ones they started as a patient (paid or not) and, for a doctor,
 * the ones addressed to them once paid — a doctor never sees an unpaid one.
 */
export async function listConsultations({
  viewer,
  page = 1,
  now = new Date(),
}: ListConsultationsOptions): Promise<ConsultationList> {
  if (!viewer) throw new DomainError("FORBIDDEN", "Sign in to see your consultations.");
  const where: Prisma.ConsultationWhereInput = {
    OR: [{ patientId: viewer.id }, { doctorId: viewer.id, paidAt: { not: null } }],
  };
  const total = await db().consultation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CONSULTATIONS_PER_PAGE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await db().consultation.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * CONSULTATIONS_PER_PAGE,
    take: CONSULTATIONS_PER_PAGE,
    select: {
      id: true,
      subject: true,
      state: true,
      patientId: true,
      priceMinor: true,
      currency: true,
      answerDeadline: true,
      rating: true,
      createdAt: true,
      specialty: { select: { name: true } },
      patient: { select: { id: true, name: true } },
      doctor: { select: { id: true, name: true } },
    },
  });
  const unread = await db().consultationMessage.groupBy({
    by: ["consultationId"],
    where: { consultationId: { in: rows.map((row) => row.id) }, authorId: { not: viewer.id }, readAt: null },
    _count: { _all: true },
  });
  const unreadOf = new Map(unread.map((entry) => [entry.consultationId, entry._count._all]));
  return {
    page: current,
    pageCount,
    total,
    items: rows.map((row) => {
      const viewerIs = row.patientId === viewer.id ? "patient" : "doctor";
      return {
        id: row.id,
        subject: row.subject,
        state: row.state,
        stateWords: describeConsultationState(row.state),
        viewerIs,
        otherPerson: viewerIs === "patient" ? row.doctor : row.patient,
        specialty: row.specialty?.name ?? null,
        priceMinor: row.priceMinor,
        currency: row.currency,
        answerDeadline: row.answerDeadline,
        overdue: row.state === "ACTIVE" && row.answerDeadline !== null && row.answerDeadline < now,
        unread: unreadOf.get(row.id) ?? 0,
        rating: row.rating,
        createdAt: row.createdAt,
      };
    }),
  };
}
