// Everything the question page shows of one thread, read in ONE statement: the question with its specialty and files,
// its answers with their replies, authors (doctor profile, specialties, photo), files and reaction counts, the highest
// seq (the live catch-up cursor), who is writing an answer now, and the viewer's own stake (follow, own answer).
// One statement is also one snapshot: the lastSeq and the messages read here always agree.
//
// Why raw SQL with JSON aggregation rather than Prisma's nested select: Prisma's nested select sends one statement per
// relation level (18 for the thread and its seq), and its `relationJoins` preview (2: the seq, then one LATERAL-join
// statement) would change how every query of the app is planned, could not carry the seq, the locks and the
// participation, and was the slowest. `npm run bench:question-page` (40 answers × 3 replies, interleaved runs, on this
// 2-core machine under a load average of 10–12 from other work, so absolute figures are inflated):
//   prisma-query 18 statements, p50 36.9 ms · json-sql 1 statement, p50 26.4 ms (0.72×) · prisma-join 2, 53.7 ms (1.46×)
//   a second run: 69.6 / 50.0 (0.72×) / 93.9 ms (1.35×).
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { QuestionStatus } from "../generated/prisma/enums";
import { isRowId } from "../validation/row-id";
import type { ThreadMessageRow } from "./thread-message-view";

/** What JSON makes of a row: dates arrive as ISO strings (UTC, without the "Z": the columns are timestamp(3)). */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

export type ReactionTally = { thanksCount: number; agreeCount: number; viewerThanked: boolean; viewerAgreed: boolean };
type AddresseeRow = { id: string; name: string; role: ThreadMessageRow["author"]["role"] };
export type PageReplyRow = ThreadMessageRow & { addressee: AddresseeRow | null };
export type PageAnswerRow = ThreadMessageRow & { reactions: ReactionTally; replies: PageReplyRow[] };
export type PageAttachmentRow = ThreadMessageRow["attachments"][number];
export type AnsweringLockRow = { doctorId: string; name: string; expiresAt: Date };

export type QuestionPageRow = {
  question: {
    id: number;
    authorId: string;
    title: string;
    body: string;
    shownName: string;
    shownCity: string | null;
    status: QuestionStatus;
    closeReason: string | null;
    closedAt: Date | null;
    hiddenAt: Date | null;
    hiddenReason: string | null;
    deletedAt: Date | null;
    viewCount: number;
    answerCount: number;
    createdAt: Date;
    redFlags: string[];
    urgent: boolean;
    specialty: { name: string; slug: string };
    /** The similar-questions job has embedded it (otherwise the page suggests by words). */
    embedded: boolean;
  };
  attachments: PageAttachmentRow[];
  answers: PageAnswerRow[];
  lastSeq: string;
  /** Unexpired locks of doctors who have not answered yet, longest-writing first (as listAnsweringDoctors). */
  answering: AnsweringLockRow[];
  /** The viewer follows the question (false for a visitor). */
  following: boolean;
  /** The viewer's own answer (any doctor's, hidden or not), for "reply under your answer". */
  ownAnswerId: string | null;
};

/** A JSON array of the files matching `on` (alias f). */
const attachmentsJson = (on: Prisma.Sql) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('id', f."id", 'ownerId', f."ownerId", 'fileName', f."fileName",
      'contentType', f."contentType", 'sizeBytes', f."sizeBytes", 'visibility', f."visibility",
      'hiddenAt', f."hiddenAt", 'hiddenReason', f."hiddenReason") ORDER BY f."createdAt", f."id"), '[]'::json)
    FROM "Attachment" f WHERE ${on} AND f."deletedAt" IS NULL)`;

// The columns of messageSelect (thread-message-view.ts), author with doctor profile and specialties primary first;
// the live broadcast of one new message reads the same (lib/messages/read-public-thread-message.ts).
export const messageFields = (m: string) => Prisma.sql`
  'id', ${Prisma.raw(m)}."id", 'authorId', ${Prisma.raw(m)}."authorId", 'body', ${Prisma.raw(m)}."body",
  'outsideSpecialty', ${Prisma.raw(m)}."outsideSpecialty", 'hiddenAt', ${Prisma.raw(m)}."hiddenAt",
  'hiddenReason', ${Prisma.raw(m)}."hiddenReason", 'createdAt', ${Prisma.raw(m)}."createdAt",
  'editedAt', ${Prisma.raw(m)}."editedAt",
  'author', (SELECT json_build_object('id', u."id", 'name', u."name", 'role', u."role", 'doctorProfile',
      (SELECT json_build_object('university', p."university", 'degree', p."degree",
          'yearsOfExperience', p."yearsOfExperience", 'verification', p."verification",
          'photoUpdatedAt', p."photoUpdatedAt", 'offersConsultations', p."offersConsultations",
          'consultationPriceMinor', p."consultationPriceMinor", 'consultationCurrency', p."consultationCurrency",
          'specialties', (SELECT coalesce(json_agg(json_build_object('specialty', json_build_object('name', s."name"))
                ORDER BY ds."isPrimary" DESC, s."sortOrder", s."name"), '[]'::json)
              FROM "DoctorSpecialty" ds JOIN "Specialty" s ON s."id" = ds."specialtyId" WHERE ds."doctorId" = p."userId"))
        FROM "DoctorProfile" p WHERE p."userId" = u."id"))
    FROM "User" u WHERE u."id" = ${Prisma.raw(m)}."authorId"),
  'attachments', ${attachmentsJson(Prisma.sql`f."messageId" = ${Prisma.raw(m)}."id"`)}`;

/** The statement itself, also EXPLAINed by scripts/bench-question-page.ts. */
export function questionPageQuery(questionId: number, viewerId: string | null, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT
      json_build_object('id', q."id", 'authorId', q."authorId", 'title', q."title", 'body', q."body",
        'shownName', q."shownName", 'shownCity', q."shownCity", 'status', q."status", 'closeReason', q."closeReason",
        'closedAt', q."closedAt", 'hiddenAt', q."hiddenAt", 'hiddenReason', q."hiddenReason",
        'deletedAt', q."deletedAt", 'viewCount', q."viewCount", 'answerCount', q."answerCount",
        'createdAt', q."createdAt", 'redFlags', q."redFlags", 'urgent', q."urgent",
        'specialty', json_build_object('name', sp."name", 'slug', sp."slug"),
        'embedded', EXISTS (SELECT 1 FROM "QuestionEmbedding" e WHERE e."questionId" = q."id")) AS "question",
      (SELECT coalesce(max(t."seq"), 0)::text FROM "ThreadMessage" t WHERE t."questionId" = q."id") AS "lastSeq",
      ${attachmentsJson(Prisma.sql`f."questionId" = q."id" AND f."messageId" IS NULL`)} AS "attachments",
      (SELECT coalesce(json_agg(json_build_object(${messageFields("a")},
          'reactions', (SELECT json_build_object(
              'thanksCount', count(*) FILTER (WHERE r."kind" = 'THANKS'),
              'agreeCount', count(*) FILTER (WHERE r."kind" = 'AGREE'),
              'viewerThanked', coalesce(bool_or(r."kind" = 'THANKS' AND r."userId" = ${viewerId}), false),
              'viewerAgreed', coalesce(bool_or(r."kind" = 'AGREE' AND r."userId" = ${viewerId}), false))
            FROM "MessageReaction" r WHERE r."messageId" = a."id"),
          'replies', (SELECT coalesce(json_agg(json_build_object(${messageFields("rp")},
                'addressee', (SELECT json_build_object('id', ad."id", 'name', ad."name", 'role', ad."role")
                  FROM "User" ad WHERE ad."id" = rp."addresseeId")) ORDER BY rp."createdAt", rp."id"), '[]'::json)
            FROM "ThreadMessage" rp WHERE rp."parentId" = a."id" AND rp."kind" = 'REPLY' AND rp."deletedAt" IS NULL)
        ) ORDER BY a."createdAt", a."id"), '[]'::json)
        FROM "ThreadMessage" a WHERE a."questionId" = q."id" AND a."kind" = 'ANSWER' AND a."deletedAt" IS NULL
      ) AS "answers",
      (SELECT coalesce(json_agg(json_build_object('doctorId', l."doctorId", 'name', d."name",
          'expiresAt', l."expiresAt") ORDER BY l."startedAt", l."doctorId"), '[]'::json)
        FROM "AnsweringLock" l JOIN "User" d ON d."id" = l."doctorId"
        WHERE l."questionId" = q."id" AND l."expiresAt" > ${now}
          AND NOT EXISTS (SELECT 1 FROM "ThreadMessage" own WHERE own."questionId" = q."id"
            AND own."authorId" = l."doctorId" AND own."kind" = 'ANSWER' AND own."deletedAt" IS NULL)
      ) AS "answering",
      EXISTS (SELECT 1 FROM "Follow" fo WHERE fo."questionId" = q."id" AND fo."userId" = ${viewerId}) AS "following",
      (SELECT mine."id" FROM "ThreadMessage" mine WHERE mine."questionId" = q."id" AND mine."authorId" = ${viewerId}
        AND mine."kind" = 'ANSWER' AND mine."deletedAt" IS NULL ORDER BY mine."createdAt", mine."id" LIMIT 1
      ) AS "ownAnswerId"
    FROM "Question" q JOIN "Specialty" sp ON sp."id" = q."specialtyId"
    WHERE q."id" = ${questionId}`;
}

const dateOf = (value: string) => new Date(value.endsWith("Z") ? value : `${value}Z`);
export const maybeDate = (value: string | null) => (value === null ? null : dateOf(value));

export const attachmentOf = (row: Jsonified<PageAttachmentRow>): PageAttachmentRow => ({
  ...row,
  hiddenAt: maybeDate(row.hiddenAt),
});

/** A message read by messageFields, with its dates (and its files' and author's) as Dates again. */
export function messageRowOf<T extends Jsonified<ThreadMessageRow>>(row: T) {
  const profile = row.author.doctorProfile;
  return {
    ...row,
    hiddenAt: maybeDate(row.hiddenAt),
    createdAt: dateOf(row.createdAt),
    editedAt: maybeDate(row.editedAt),
    author: {
      ...row.author,
      doctorProfile: profile && { ...profile, photoUpdatedAt: maybeDate(profile.photoUpdatedAt) },
    },
    attachments: row.attachments.map(attachmentOf),
  };
}

type RawRow = Omit<Jsonified<QuestionPageRow>, "following"> & { following: boolean };

/**
 * The thread of `questionId` as stored, for `viewerId` (null for a visitor), or null when no such question exists.
 * Deleted and hidden ones come back too: the caller decides what the viewer may read (getQuestionThread).
 */
export async function readQuestionPage(options: {
  questionId: number;
  viewerId: string | null;
  now?: Date;
}): Promise<QuestionPageRow | null> {
  const { questionId, viewerId, now = new Date() } = options;
  if (!isRowId(questionId)) return null;
  const [row] = await db().$queryRaw<RawRow[]>(questionPageQuery(questionId, viewerId, now));
  if (!row) return null;
  const { question } = row;
  return {
    question: {
      ...question,
      closedAt: maybeDate(question.closedAt),
      hiddenAt: maybeDate(question.hiddenAt),
      deletedAt: maybeDate(question.deletedAt),
      createdAt: dateOf(question.createdAt),
    },
    attachments: row.attachments.map(attachmentOf),
    answers: row.answers.map((answer) => ({
      ...messageRowOf(answer),
      replies: answer.replies.map((reply) => messageRowOf(reply)),
    })),
    lastSeq: row.lastSeq,
    answering: row.answering.map((lock) => ({ ...lock, expiresAt: dateOf(lock.expiresAt) })),
    following: row.following,
    ownAnswerId: row.ownAnswerId,
  };
}
