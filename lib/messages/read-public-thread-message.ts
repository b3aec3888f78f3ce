// The row the live broadcast of a new answer or reply is built from, read in ONE statement: the question's
// visibility, the message with its author (doctor profile, specialties primary first), files and addressee.
//
// Why raw SQL: it sits between a post's commit and the broadcast to everyone watching the thread, and Prisma's nested
// select (list-thread-messages-since.ts) sends one statement per relation level — 7 for one message, ~7 ms of the
// ~20 ms from post to broadcast in the realtime benchmark on the 2-core machine (each statement costs ~1 ms of Prisma
// client CPU for well under 0.1 ms of database time, EXPLAIN ANALYZE). The columns are those of messageSelect
// (lib/questions/thread-message-view.ts), through read-question-page.ts's messageFields; the realtime catch-up test
// compares this payload with the catch-up's, which still reads through Prisma.
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { MessageKind, QuestionStatus } from "../generated/prisma/enums";
import { type Jsonified, maybeDate, messageFields, messageRowOf } from "../questions/read-question-page";
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

type RawRow = Jsonified<PublicThreadMessageRow>;

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
      json_build_object(${messageFields("m")}, 'seq', m."seq"::text, 'questionId', m."questionId",
        'kind', m."kind", 'parentId', m."parentId",
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
  return {
    question: { ...question, hiddenAt: maybeDate(question.hiddenAt) },
    message: messageRowOf(message),
  };
}
