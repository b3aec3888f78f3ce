import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { QueueQuestionRow } from "../realtime/queue-events";
import { doctorName } from "../text/doctor-name";
import { excerpt } from "../text/excerpt";
import { redFlagLabels } from "../triage/red-flags";
import type { TDoctorQueueFilter } from "../validation/queue";

export const QUEUE_PAGE_SIZE = 20;

export type QueueConsultationRow = {
  consultationId: string;
  subject: string;
  specialtyName: string | null;
  patientName: string;
  paidAt: Date | null;
  /** When the answer is due (CONSULTATION_ANSWER_HOURS after payment). */
  answerDeadline: Date | null;
};

export type DoctorQueue = {
  /** The doctor's specialties, for the filter and the live rooms. */
  specialties: { id: number; name: string }[];
  page: number;
  pageCount: number;
  total: number;
} & ({ kind: "questions"; rows: QueueQuestionRow[] } | { kind: "paid"; rows: QueueConsultationRow[] });

export type ListDoctorQueueOptions = {
  actor: Viewer;
  filters: Partial<TDoctorQueueFilter>;
  now?: Date;
};

/**
 * A verified doctor's queue: open, visible questions in their specialties that they have not answered yet — urgent
 * first, then unanswered ones, then the longest waiting — or, with `paid`, their own paid private consultations
 * waiting for an answer, nearest deadline first.
 */
export async function listDoctorQueue({
  actor,
  filters,
  now = new Date(),
}: ListDoctorQueueOptions): Promise<DoctorQueue> {
  if (!actor || !can(actor, "doctor.queue.view", undefined, now)) {
    throw new DomainError("FORBIDDEN", "The queue is for verified doctors.");
  }
  const client = db();
  const page = Math.max(1, Math.floor(filters.page ?? 1));
  const specialties = (
    await client.doctorSpecialty.findMany({
      where: { doctorId: actor.id },
      select: { specialty: { select: { id: true, name: true, sortOrder: true } } },
    })
  )
    .map(({ specialty }) => specialty)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name))
    .map(({ id, name }) => ({ id, name }));

  if (filters.paid) {
    const where = { doctorId: actor.id, state: "ACTIVE" as const };
    const [total, consultations] = await Promise.all([
      client.consultation.count({ where }),
      client.consultation.findMany({
        where,
        orderBy: [{ answerDeadline: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        skip: (page - 1) * QUEUE_PAGE_SIZE,
        take: QUEUE_PAGE_SIZE,
        select: {
          id: true,
          subject: true,
          paidAt: true,
          answerDeadline: true,
          specialty: { select: { name: true } },
          patient: { select: { name: true } },
        },
      }),
    ]);
    return {
      kind: "paid",
      specialties,
      page,
      total,
      pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
      rows: consultations.map((c) => ({
        consultationId: c.id,
        subject: c.subject,
        specialtyName: c.specialty?.name ?? null,
        // Only the first name: the full name is the patient's to share in the thread.
        patientName: c.patient.name.trim().split(/\s+/)[0] || "Patient",
        paidAt: c.paidAt,
        answerDeadline: c.answerDeadline,
      })),
    };
  }

  // A specialty filter outside the doctor's own leaves the queue empty rather than widening it.
  const specialtyIds = filters.specialtyId
    ? specialties.filter((s) => s.id === filters.specialtyId).map((s) => s.id)
    : specialties.map((s) => s.id);
  if (specialtyIds.length === 0) return { kind: "questions", specialties, page, total: 0, pageCount: 1, rows: [] };

  // Each specialty's rows come off Question(specialtyId, status, urgent, createdAt); the NOT EXISTS probes
  // ThreadMessage(questionId, …) per candidate only.
  const conditions = Prisma.sql`q."specialtyId" = ANY(${specialtyIds}::int[])
      AND q.status = 'OPEN' AND q."hiddenAt" IS NULL AND q."deletedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "ThreadMessage" m
                       WHERE m."questionId" = q.id AND m."authorId" = ${actor.id}
                         AND m.kind = 'ANSWER' AND m."deletedAt" IS NULL)
      ${
        filters.hasAttachments
          ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Attachment" a
                        WHERE a."questionId" = q.id AND a."messageId" IS NULL
                          AND a."deletedAt" IS NULL AND a."hiddenAt" IS NULL)`
          : Prisma.empty
      }`;
  const [counted, ordered] = await Promise.all([
    client.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Question" q WHERE ${conditions}`,
    client.$queryRaw<{ id: number }[]>`SELECT q.id FROM "Question" q WHERE ${conditions}
      ORDER BY q.urgent DESC, (q."answerCount" = 0) DESC, q."createdAt" ASC, q.id ASC
      LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${(page - 1) * QUEUE_PAGE_SIZE}`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
  const ids = ordered.map((row) => row.id);
  const rows = await queueRowsFor(ids, now);
  return {
    kind: "questions",
    specialties,
    page,
    total,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    rows,
  };
}

/** The queue rows of the given questions, in the given order (also the payload of a new question published live). */
export async function queueRowsFor(questionIds: number[], now: Date = new Date()): Promise<QueueQuestionRow[]> {
  if (questionIds.length === 0) return [];
  const client = db();
  const [questions, locks] = await Promise.all([
    client.question.findMany({
      where: { id: { in: questionIds } },
      select: {
        id: true,
        title: true,
        body: true,
        shownName: true,
        createdAt: true,
        answerCount: true,
        urgent: true,
        redFlags: true,
        specialty: { select: { id: true, name: true, slug: true } },
        _count: { select: { attachments: { where: { messageId: null, deletedAt: null, hiddenAt: null } } } },
      },
    }),
    client.answeringLock.findMany({
      where: { questionId: { in: questionIds }, expiresAt: { gt: now } },
      orderBy: { startedAt: "asc" },
      select: { questionId: true, doctor: { select: { name: true } } },
    }),
  ]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  return questionIds.flatMap((id) => {
    const q = byId.get(id);
    if (!q) return [];
    return [
      {
        questionId: q.id,
        specialty: { id: q.specialty.id, name: q.specialty.name },
        title: q.title,
        excerpt: excerpt(q.body, 180),
        shownName: q.shownName,
        createdAt: q.createdAt.toISOString(),
        answerCount: q.answerCount,
        attachmentCount: q._count.attachments,
        urgent: q.urgent,
        redFlags: redFlagLabels(q.specialty.slug, q.redFlags),
        answering: locks.filter((lock) => lock.questionId === id).map((lock) => doctorName(lock.doctor.name)),
      },
    ];
  });
}
