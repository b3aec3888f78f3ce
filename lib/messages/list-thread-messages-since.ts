import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { addresseeSelect, messageSelect, threadViewFor } from "../questions/thread-message-view";
import type { ThreadMessageEvent } from "../realtime/events";
import { isRowId } from "../validation/row-id";
import { readPublicThreadMessage } from "./read-public-thread-message";

export type ListThreadMessagesSinceOptions = {
  viewer: Viewer;
  questionId: number;
  /** Resume after this seq; undefined when the client has nothing to catch up (the check still runs). */
  afterSeq: bigint | undefined;
};

/**
 * A reconnecting page gets the missed messages in its join ack; more than this and it is cheaper to re-render the
 * page, which LiveThread does on any non-empty catch-up anyway (and its next join resumes from the new page).
 */
export const CATCH_UP_LIMIT = 500;

const eventSelect = {
  ...messageSelect,
  seq: true,
  questionId: true,
  kind: true,
  parentId: true,
  addressee: addresseeSelect,
};

// What the page shows: neither hidden nor deleted, and not a reply under a deleted answer (the page drops those).
const visible = {
  hiddenAt: null,
  deletedAt: null,
  OR: [{ kind: "ANSWER" as const }, { parent: { is: { deletedAt: null } } }],
} satisfies Prisma.ThreadMessageWhereInput;

async function readEvents(
  viewer: Viewer,
  questionId: number,
  where: Prisma.ThreadMessageWhereInput | undefined,
): Promise<ThreadMessageEvent[]> {
  if (!isRowId(questionId)) {
    throw new DomainError("NOT_FOUND", "This question does not exist.");
  }
  const question = await db().question.findUnique({
    where: { id: questionId },
    select: { authorId: true, shownName: true, status: true, hiddenAt: true, deletedAt: true },
  });
  const hidden = question?.hiddenAt != null;
  if (!question || question.deletedAt !== null || !can(viewer, "question.read", { ...question, hidden })) {
    throw new DomainError("NOT_FOUND", "This question does not exist.");
  }
  if (!where) return [];

  const rows = await db().threadMessage.findMany({
    where: { AND: [{ questionId }, visible, where] },
    orderBy: { seq: "asc" },
    take: CATCH_UP_LIMIT,
    select: eventSelect,
  });
  const view = threadViewFor(viewer, { ...question, hidden });
  return rows.flatMap((row) => eventOf(view, row));
}

type EventRow = Parameters<ReturnType<typeof threadViewFor>["messageOf"]>[0] & {
  seq: bigint | string;
  questionId: number;
  kind: ThreadMessageEvent["message"]["kind"];
  parentId: string | null;
  addressee: Parameters<ReturnType<typeof threadViewFor>["addresseeOf"]>[0];
};

function eventOf(view: ReturnType<typeof threadViewFor>, row: EventRow): ThreadMessageEvent[] {
  const message = view.messageOf(row);
  // Only visible rows are read, so the body is always readable; the check keeps that promise in the types.
  if (message.body === null) return [];
  return [
    {
      questionId: row.questionId,
      seq: row.seq.toString(),
      message: {
        id: row.id,
        kind: row.kind,
        parentId: row.parentId,
        body: message.body,
        author: message.author,
        addressee: row.kind === "REPLY" ? view.addresseeOf(row.addressee) : null,
        outsideSpecialty: message.outsideSpecialty,
        attachments: message.attachments,
        createdAt: message.createdAt.toISOString(),
        editedAt: message.editedAt?.toISOString() ?? null,
      },
    },
  ];
}

/**
 * The visible messages of a question after `afterSeq`, in seq order, as the viewer may see them: what a page that
 * lost its live connection missed. A question the viewer may not read is NOT_FOUND, as on the page.
 */
export async function listThreadMessagesSince({
  viewer,
  questionId,
  afterSeq,
}: ListThreadMessagesSinceOptions): Promise<ThreadMessageEvent[]> {
  if (afterSeq !== undefined && afterSeq < 0n) throw new DomainError("INVALID", "afterSeq must not be negative.");
  return readEvents(viewer, questionId, afterSeq === undefined ? undefined : { seq: { gt: afterSeq } });
}

/**
 * One message as an anonymous visitor sees it, for the live broadcast: everyone in a question's room may read at
 * least that much. Null when a visitor could not see it (the question or the message is hidden or deleted).
 */
export async function findPublicThreadMessageEvent(options: {
  questionId: number;
  messageId: string;
}): Promise<ThreadMessageEvent | null> {
  // One statement (read-public-thread-message.ts): this read sits between the commit and the broadcast.
  const row = await readPublicThreadMessage(options);
  if (!row) return null;
  const hidden = row.question.hiddenAt !== null;
  if (!can(null, "question.read", { ...row.question, hidden })) return null;
  const [event] = eventOf(threadViewFor(null, { ...row.question, hidden }), row.message);
  return event ?? null;
}
