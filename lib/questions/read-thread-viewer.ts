// The viewer's facts on one question page, in ONE light statement: which messages and files are theirs, their
// reactions, follow and own answer (what the page's statement, read-question-page.ts, reads of them, without the
// bodies, authors and profiles that make that one heavy), plus what the site header shows them (name, unread
// notifications). A signed-in reader of a kept page costs this and loadActor: two statements, no render.
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { isRowId } from "../validation/row-id";
import { attachmentOf, type Jsonified, maybeDate, type PageAttachmentRow } from "./read-question-page";
import type { ThreadViewerFacts } from "./thread-viewer-state";

export type ThreadViewerRow = { facts: ThreadViewerFacts; viewerName: string; unread: number };

/**
 * The statement itself (tests count it; the facts must match viewerFactsOf of the page's row). Flat on purpose:
 * the thread's messages, their files and the viewer's reactions are three index scans, grouped into answers and
 * replies in JavaScript, rather than a subquery per message as the page's statement needs for its nested rows.
 */
export function threadViewerQuery(questionId: number, viewerId: string): Prisma.Sql {
  return Prisma.sql`
    WITH m AS (
      SELECT t."id", t."kind", t."parentId", t."authorId", t."hiddenAt", t."createdAt"
      FROM "ThreadMessage" t WHERE t."questionId" = ${questionId} AND t."deletedAt" IS NULL
    )
    SELECT
      json_build_object('authorId', q."authorId", 'shownName', q."shownName", 'status', q."status",
        'hiddenAt', q."hiddenAt", 'deletedAt', q."deletedAt") AS "question",
      (SELECT coalesce(json_agg(json_build_object('id', m."id", 'kind', m."kind", 'parentId', m."parentId",
          'authorId', m."authorId", 'hiddenAt', m."hiddenAt") ORDER BY m."createdAt", m."id"), '[]'::json)
        FROM m) AS "messages",
      (SELECT coalesce(json_agg(json_build_object('id', f."id", 'messageId', f."messageId", 'ownerId', f."ownerId",
          'fileName', f."fileName", 'contentType', f."contentType", 'sizeBytes', f."sizeBytes",
          'visibility', f."visibility", 'hiddenAt', f."hiddenAt", 'hiddenReason', f."hiddenReason")
          ORDER BY f."createdAt", f."id"), '[]'::json)
        FROM "Attachment" f
        WHERE f."deletedAt" IS NULL
          AND ((f."questionId" = q."id" AND f."messageId" IS NULL) OR f."messageId" IN (SELECT m."id" FROM m))
      ) AS "attachments",
      (SELECT coalesce(json_agg(json_build_object('messageId', r."messageId", 'kind', r."kind")), '[]'::json)
        FROM "MessageReaction" r WHERE r."userId" = ${viewerId} AND r."messageId" IN (SELECT m."id" FROM m)
      ) AS "reactions",
      EXISTS (SELECT 1 FROM "Follow" fo WHERE fo."questionId" = q."id" AND fo."userId" = ${viewerId}) AS "following",
      (SELECT u."name" FROM "User" u WHERE u."id" = ${viewerId}) AS "viewerName",
      (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = ${viewerId} AND n."readAt" IS NULL) AS "unread"
    FROM "Question" q
    WHERE q."id" = ${questionId}`;
}

type MessageJson = Jsonified<{
  id: string;
  kind: "ANSWER" | "REPLY";
  parentId: string | null;
  authorId: string;
  hiddenAt: Date | null;
}>;
type RawRow = {
  question: Jsonified<ThreadViewerFacts["question"]>;
  messages: MessageJson[];
  attachments: (Jsonified<PageAttachmentRow> & { messageId: string | null })[];
  reactions: { messageId: string; kind: "THANKS" | "AGREE" }[];
  following: boolean;
  viewerName: string | null;
  unread: number;
};

/** The flat row grouped as the page's statement nests it: files under their message, replies under their answer. */
function factsOf(row: RawRow, viewerId: string): ThreadViewerFacts {
  const filesOf = new Map<string | null, PageAttachmentRow[]>();
  for (const { messageId, ...file } of row.attachments) {
    const list = filesOf.get(messageId) ?? [];
    list.push(attachmentOf(file));
    filesOf.set(messageId, list);
  }
  const reacted = new Set(row.reactions.map((reaction) => `${reaction.kind} ${reaction.messageId}`));
  const messageOf = (message: MessageJson) => ({
    id: message.id,
    authorId: message.authorId,
    hiddenAt: maybeDate(message.hiddenAt),
    attachments: filesOf.get(message.id) ?? [],
  });
  const answers = row.messages.filter((message) => message.kind === "ANSWER");
  const { question } = row;
  return {
    question: { ...question, hiddenAt: maybeDate(question.hiddenAt), deletedAt: maybeDate(question.deletedAt) },
    attachments: filesOf.get(null) ?? [],
    answers: answers.map((answer) => ({
      ...messageOf(answer),
      viewerThanked: reacted.has(`THANKS ${answer.id}`),
      viewerAgreed: reacted.has(`AGREE ${answer.id}`),
      replies: row.messages
        .filter((message) => message.kind === "REPLY" && message.parentId === answer.id)
        .map(messageOf),
    })),
    following: row.following,
    // Messages come oldest first, as the page's "own answer" subquery orders them.
    ownAnswerId: answers.find((answer) => answer.authorId === viewerId)?.id ?? null,
  };
}

/** Null when the question does not exist (deleted and hidden ones come back: the caller applies the rules). */
export async function readThreadViewer(options: {
  questionId: number;
  viewerId: string;
}): Promise<ThreadViewerRow | null> {
  const { questionId, viewerId } = options;
  if (!isRowId(questionId)) return null;
  const [row] = await db().$queryRaw<RawRow[]>(threadViewerQuery(questionId, viewerId));
  if (!row) return null;
  return { facts: factsOf(row, viewerId), viewerName: row.viewerName ?? "", unread: row.unread };
}
