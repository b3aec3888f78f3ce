import { type Actor, can, type Viewer } from "../auth/permissions";
import { db, type Tx } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { ComplaintReason, ComplaintTargetType } from "../generated/prisma/enums";
import { findSpecialtyFilter } from "../specialties/find-specialty-filter";
import { describeQueueTarget, type QueueTarget } from "./describe-queue-target";
import { loadComplaintTarget } from "./load-complaint-target";
import { availableActions, type ModerationAction, UPHELD_RESOLUTIONS } from "./moderation-action-rules";
import { MEDICAL_REVIEW_ONLY } from "./resolve-complaints";

export type ListComplaintQueueOptions = {
  actor: Viewer;
  page?: number;
  pageSize?: number;
  /** Only targets with at least one pending complaint for this reason. */
  reason?: ComplaintReason;
  /** Only targets in a question (or consultation) of this specialty; an unknown slug is NOT_FOUND. */
  specialtySlug?: string;
  /** Only targets routed to medical review (dangerous medical advice). */
  medicalReviewOnly?: boolean;
  /** The moment against which suspensions (the actor's, the authors') are judged; the clock by default. */
  now?: Date;
};

export type QueueComplaint = {
  id: string;
  reason: ComplaintReason;
  note: string | null;
  reporterName: string;
  createdAt: Date;
};

export type QueueGroup = {
  /** Null when the reported thing no longer exists. */
  target: QueueTarget | null;
  targetType: ComplaintTargetType;
  targetId: string;
  /** Oldest first: what the moderator decides on, all together. */
  complaints: QueueComplaint[];
  reporterCount: number;
  routedToMedicalReview: boolean;
  /** Null when the actor may decide; otherwise why not, and who can. */
  blockedBecause: string | null;
  actions: ModerationAction[];
  /** Earlier upheld reports about the author (distinct targets) and a running suspension. */
  authorHistory: {
    upheld: number;
    suspendedUntil: Date | null;
    suspended: boolean;
    suspensionReason: string | null;
  } | null;
};

export type ComplaintQueue = {
  groups: QueueGroup[];
  total: number;
  page: number;
  pageCount: number;
  /** The actor decides on dangerous-advice reports: they get the "Medical review only" filter, and those first. */
  medicalReviewer: boolean;
  specialty: { name: string; slug: string } | null;
};

type GroupRow = { targetType: ComplaintTargetType; targetId: string; reporters: number; routed: boolean };

/**
 * Pending complaints grouped by what they are about, for moderators: the most-reported (by different people)
 * and oldest first — after dangerous-advice reports, for those who decide on them. Each group comes with the
 * target in context, the reports with their reporters' names, the author's history and the decisions possible.
 */
export async function listComplaintQueue(options: ListComplaintQueueOptions): Promise<ComplaintQueue> {
  const { actor } = options;
  const now = options.now ?? new Date();
  if (!actor || !can(actor, "moderation.queue.view")) {
    throw new DomainError("FORBIDDEN", "Only moderators and administrators can see the reports.");
  }
  const pageSize = Math.min(Math.max(options.pageSize ?? 20, 1), 100);
  const page = Number.isSafeInteger(options.page) && (options.page ?? 1) >= 1 ? (options.page ?? 1) : 1;
  const routing = env().MEDICAL_REVIEW_ROUTING;
  const medicalReviewer = routing && can(actor, "complaint.resolve", { routedToMedicalReview: true }, now);
  // One snapshot, so the count, the page of groups and their complaints agree while reports keep arriving.
  return db().$transaction(
    (tx) => readQueue(tx, { ...options, actor, page, pageSize, routing, medicalReviewer, now }),
    {
      isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
      timeout: 20_000,
    },
  );
}

async function readQueue(
  client: Tx,
  options: ListComplaintQueueOptions & {
    actor: Actor;
    page: number;
    pageSize: number;
    routing: boolean;
    medicalReviewer: boolean;
    now: Date;
  },
): Promise<ComplaintQueue> {
  const { actor, page, pageSize, routing, medicalReviewer, now } = options;

  const specialty = await findSpecialtyFilter(options.specialtySlug);

  const dangerous = Prisma.sql`bool_or(c.reason = 'DANGEROUS_ADVICE'::"ComplaintReason")`;
  const grouped = Prisma.sql`
    SELECT c."targetType"::text AS "targetType", c."targetId",
           count(DISTINCT c."reporterId")::int AS reporters, min(c."createdAt") AS oldest,
           (${routing}::boolean AND ${dangerous}) AS routed
      FROM "Complaint" c
      ${
        specialty
          ? Prisma.sql`LEFT JOIN "Question" q ON q.id = c."questionId"
                       LEFT JOIN "ConsultationMessage" cm ON cm.id = c."consultationMessageId"
                       LEFT JOIN "Consultation" co ON co.id = cm."consultationId"`
          : Prisma.empty
      }
     WHERE c.state = 'PENDING'
       ${specialty ? Prisma.sql`AND COALESCE(q."specialtyId", co."specialtyId") = ${specialty.id}` : Prisma.empty}
     GROUP BY c."targetType", c."targetId"
    HAVING TRUE
       ${options.reason ? Prisma.sql`AND bool_or(c.reason::text = ${options.reason})` : Prisma.empty}
       ${options.medicalReviewOnly && medicalReviewer ? Prisma.sql`AND ${dangerous}` : Prisma.empty}`;

  // Queries one after the other throughout: a transaction has a single connection.
  const counted = await client.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${grouped}) g`;
  const rows = await client.$queryRaw<GroupRow[]>`
    SELECT "targetType", "targetId", reporters, routed FROM (${grouped}) g
     ORDER BY ${medicalReviewer ? Prisma.sql`routed DESC,` : Prisma.empty} reporters DESC, oldest ASC, "targetType", "targetId"
     LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const total = counted[0]?.total ?? 0;

  const complaints = rows.length
    ? await client.complaint.findMany({
        where: { state: "PENDING", OR: rows.map(({ targetType, targetId }) => ({ targetType, targetId })) },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          targetType: true,
          targetId: true,
          reason: true,
          note: true,
          createdAt: true,
          reporter: { select: { name: true } },
        },
      })
    : [];

  const groups: QueueGroup[] = [];
  for (const row of rows) {
    const target = await loadComplaintTarget(client, row);
    const own = target?.author?.id === actor.id;
    const blockedBecause = !can(actor, "complaint.resolve", { routedToMedicalReview: false }, now)
      ? "Your account is suspended: you can read the reports but not decide on them."
      : !can(actor, "complaint.resolve", { routedToMedicalReview: row.routed }, now)
        ? MEDICAL_REVIEW_ONLY
        : own
          ? "This is about you: another moderator decides on it."
          : null;
    groups.push({
      target: target && (await describeQueueTarget(client, target)),
      targetType: row.targetType,
      targetId: row.targetId,
      complaints: complaints
        .filter((c) => c.targetType === row.targetType && c.targetId === row.targetId)
        .map(({ reporter, targetType: _type, targetId: _id, ...c }) => ({ ...c, reporterName: reporter.name })),
      reporterCount: row.reporters,
      routedToMedicalReview: row.routed,
      blockedBecause,
      actions: target && !blockedBecause ? availableActions(target) : [],
      authorHistory: null,
    });
  }
  await addAuthorHistories(client, groups, now);

  return {
    groups,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    medicalReviewer,
    specialty: specialty && { name: specialty.name, slug: specialty.slug },
  };
}

/** Fills authorHistory for every group with a known author: two queries for the whole page. */
async function addAuthorHistories(client: Tx, groups: QueueGroup[], now: Date): Promise<void> {
  const authorIds = [...new Set(groups.flatMap((g) => (g.target?.person ? [g.target.person.id] : [])))];
  if (authorIds.length === 0) return;
  const upheld = await client.$queryRaw<{ authorId: string; upheld: number }[]>`
    SELECT "targetAuthorId" AS "authorId", count(DISTINCT ("targetType", "targetId"))::int AS upheld
      FROM "Complaint"
     WHERE "targetAuthorId" IN (${Prisma.join(authorIds)}) AND state = 'RESOLVED'
       AND resolution::text IN (${Prisma.join([...UPHELD_RESOLUTIONS])})
     GROUP BY "targetAuthorId"`;
  const people = await client.user.findMany({
    where: { id: { in: authorIds } },
    select: { id: true, status: true, suspendedUntil: true, suspensionReason: true },
  });
  for (const group of groups) {
    const personId = group.target?.person?.id;
    const person = people.find((p) => p.id === personId);
    if (!person) continue;
    const suspended = person.status === "SUSPENDED" && (person.suspendedUntil === null || person.suspendedUntil > now);
    group.authorHistory = {
      upheld: upheld.find((row) => row.authorId === personId)?.upheld ?? 0,
      suspended,
      suspendedUntil: suspended ? person.suspendedUntil : null,
      suspensionReason: suspended ? person.suspensionReason : null,
    };
  }
}
