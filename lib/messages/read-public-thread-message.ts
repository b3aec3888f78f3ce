// The row the live broadcast of a new answer or reply is built from, read in ONE statement: the question's
// visibility, the message with its author (doctor profile, specialties primary first), files and addressee.
//
// Why raw SQL: it sits between a post's commit and the broadcast to everyone watching the thread, and Prisma's nested
// select (list-thread-messages-since.ts) sends one statement per relation level — 7 for one message, ~7 ms of the
// ~20 ms from post to broadcast in the realtime benchmark on the 2-core machine (each statement costs ~1 ms of Prisma
// client CPU for well under 0.1 ms of database time, EXPLAIN ANALYZE). The columns are those of messageSelect
// (lib/questions/thread-message-view.ts) and read-question-page.ts's messageFields; the realtime catch-up test
// compares this payload with the catch-up's, which still reads through Prisma.
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { MessageKind, QuestionStatus } from "../generated/prisma/enums";
import type { ThreadMessageRow } from "../questions/thread-message-view";
import { isRowId } from "../validation/row-id";

type AddresseeRow = { id: string; name: string; role: ThreadMessageRow["author"]["role"] };

export type PublicThreadMessageRow = {
  question: { authorId: string; shownName: string; status: QuestionStatus; hiddenAt: Date | null };
  message: ThreadMessageRow & {
    seq: string;
    questionId: number;
    kind: MessageKind;
    parentId: string | null;
    addressee: AddresseeRow | null;
  };
};

/** What JSON makes of a row: dates arrive as ISO strings (UTC, without the "Z": the columns are timestamp(3)). */
type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

type RawRow = Jsonified<PublicThreadMessageRow>;

const dateOf = (value: string) => new Date(value.endsWith("Z") ? value : `${value}Z`);
const maybeDate = (value: string | null) => (value === null ? null : dateOf(value));

/**
 * The message as stored, with its question, when both exist, the question is not deleted and the message is what
 * the page shows (neither hidden nor deleted, and not a reply under a deleted answer); otherwise null. Whether a
 * visitor may read the question is the caller's to ask (`can`), as for the page.
 */
export async function readPublicThreadMessage(options: {
  questionId: number;
  messageId: string;
}): Promise<PublicThreadMessageRow | null> {
  const { questionId, messageId } = options;
  if (!isRowId(questionId)) return null;
  const [row] = await db().$queryRaw<RawRow[]>(Prisma.sql`
    SELECT
      json_build_object('authorId', q."authorId", 'shownName', q."shownName", 'status', q."status",
        'hiddenAt', q."hiddenAt") AS "question",
      json_build_object('id', m."id", 'seq', m."seq"::text, 'questionId', m."questionId", 'kind', m."kind",
        'parentId', m."parentId", 'authorId', m."authorId", 'body', m."body",
        'outsideSpecialty', m."outsideSpecialty", 'hiddenAt', m."hiddenAt", 'hiddenReason', m."hiddenReason",
        'createdAt', m."createdAt", 'editedAt', m."editedAt",
        'author', (SELECT json_build_object('id', u."id", 'name', u."name", 'role', u."role", 'doctorProfile',
            (SELECT json_build_object('university', p."university", 'degree', p."degree",
                'yearsOfExperience', p."yearsOfExperience", 'verification', p."verification",
                'photoUpdatedAt', p."photoUpdatedAt", 'offersConsultations', p."offersConsultations",
                'consultationPriceMinor', p."consultationPriceMinor", 'consultationCurrency', p."consultationCurrency",
                'specialties', (SELECT coalesce(json_agg(json_build_object('specialty', json_build_object('name', s."name"))
                      ORDER BY ds."isPrimary" DESC, s."sortOrder", s."name"), '[]'::json)
                    FROM "DoctorSpecialty" ds JOIN "Specialty" s ON s."id" = ds."specialtyId"
                    WHERE ds."doctorId" = p."userId"))
              FROM "DoctorProfile" p WHERE p."userId" = u."id"))
          FROM "User" u WHERE u."id" = m."authorId"),
        'attachments', (SELECT coalesce(json_agg(json_build_object('id', f."id", 'ownerId', f."ownerId",
              'fileName', f."fileName", 'contentType', f."contentType", 'sizeBytes', f."sizeBytes",
              'visibility', f."visibility", 'hiddenAt', f."hiddenAt", 'hiddenReason', f."hiddenReason")
              ORDER BY f."createdAt", f."id"), '[]'::json)
          FROM "Attachment" f WHERE f."messageId" = m."id" AND f."deletedAt" IS NULL),
        'addressee', (SELECT json_build_object('id', ad."id", 'name', ad."name", 'role', ad."role")
          FROM "User" ad WHERE ad."id" = m."addresseeId")) AS "message"
    FROM "Question" q
    JOIN "ThreadMessage" m ON m."questionId" = q."id"
    WHERE q."id" = ${questionId} AND q."deletedAt" IS NULL
      AND m."id" = ${messageId} AND m."hiddenAt" IS NULL AND m."deletedAt" IS NULL
      AND (m."kind" = 'ANSWER' OR EXISTS (
        SELECT 1 FROM "ThreadMessage" parent WHERE parent."id" = m."parentId" AND parent."deletedAt" IS NULL))`);
  if (!row) return null;
  const { question, message } = row;
  const profile = message.author.doctorProfile;
  return {
    question: { ...question, hiddenAt: maybeDate(question.hiddenAt) },
    message: {
      ...message,
      hiddenAt: maybeDate(message.hiddenAt),
      createdAt: dateOf(message.createdAt),
      editedAt: maybeDate(message.editedAt),
      author: {
        ...message.author,
        doctorProfile: profile && { ...profile, photoUpdatedAt: maybeDate(profile.photoUpdatedAt) },
      },
      attachments: message.attachments.map((file) => ({ ...file, hiddenAt: maybeDate(file.hiddenAt) })),
    },
  };
}
