import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { QuestionStatus } from "../generated/prisma/enums";
import {
  addresseeSelect,
  attachmentSelect,
  messageSelect,
  type ThreadAnswer,
  type ThreadAttachment,
  threadViewFor,
} from "./thread-message-view";

// The view types moved to thread-message-view.ts with the mapper; the thread's components import them from here.
export type {
  ThreadAnswer,
  ThreadAttachment,
  ThreadAuthor,
  ThreadMessageView,
  ThreadReply,
} from "./thread-message-view";

export type GetQuestionThreadOptions = { viewer: Viewer; questionId: number };

export type QuestionThread = {
  question: {
    id: number;
    title: string;
    body: string;
    specialty: { name: string; slug: string };
    shownName: string;
    shownCity: string | null;
    status: QuestionStatus;
    closeReason: string | null;
    closedAt: Date | null;
    /** Set only when the viewer may still read a hidden question (its author, staff). */
    hidden: { reason: string | null } | null;
    /** The viewer asked it (no Complain button on one's own question). */
    viewerIsAuthor: boolean;
    viewCount: number;
    answerCount: number;
    createdAt: Date;
    /** Warning signs ticked at ask time (codes of lib/triage/red-flags.ts); any makes it urgent. */
    redFlags: string[];
    urgent: boolean;
  };
  attachments: ThreadAttachment[];
  answers: ThreadAnswer[];
  /**
   * The highest ThreadMessage.seq of the question when this view was read ("0" when none), as a decimal string:
   * the page hands it to LiveThread, which asks the live channel for every message after it.
   */
  lastSeq: string;
};

const MAX_INT4 = 2_147_483_647;

const messageOrder = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/**
 * A question with its attachments, its doctors' answers and the replies under each, as the viewer may see them.
 * Missing, deleted and unreadable questions are all NOT_FOUND, so a hidden question's existence does not leak.
 */
export async function getQuestionThread({ viewer, questionId }: GetQuestionThreadOptions): Promise<QuestionThread> {
  if (!Number.isSafeInteger(questionId) || questionId < 1 || questionId > MAX_INT4) {
    throw new DomainError("NOT_FOUND", "This question does not exist.");
  }

  // Read before the thread, not beside it: every message at or below this seq is then in the thread read below
  // (as long as writers commit a question's messages in seq order), so the live catch-up after it misses nothing.
  const { _max } = await db().threadMessage.aggregate({ where: { questionId }, _max: { seq: true } });

  // One round trip: answers, their replies and every author come back nested.
  const row = await db().question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      authorId: true,
      title: true,
      body: true,
      shownName: true,
      shownCity: true,
      status: true,
      closeReason: true,
      closedAt: true,
      hiddenAt: true,
      hiddenReason: true,
      deletedAt: true,
      viewCount: true,
      answerCount: true,
      createdAt: true,
      redFlags: true,
      urgent: true,
      specialty: { select: { name: true, slug: true } },
      attachments: { ...attachmentSelect, where: { deletedAt: null, messageId: null } },
      messages: {
        where: { kind: "ANSWER", deletedAt: null },
        orderBy: messageOrder,
        select: {
          ...messageSelect,
          reactions: { select: { kind: true, userId: true } },
          replies: {
            where: { kind: "REPLY", deletedAt: null },
            orderBy: messageOrder,
            select: { ...messageSelect, addressee: addresseeSelect },
          },
        },
      },
    },
  });

  const questionHidden = row?.hiddenAt != null;
  if (
    !row ||
    row.deletedAt !== null ||
    !can(viewer, "question.read", { authorId: row.authorId, status: row.status, hidden: questionHidden })
  ) {
    throw new DomainError("NOT_FOUND", "This question does not exist.");
  }

  const view = threadViewFor(viewer, {
    authorId: row.authorId,
    shownName: row.shownName,
    status: row.status,
    hidden: questionHidden,
  });

  return {
    question: {
      id: row.id,
      title: row.title,
      body: row.body,
      specialty: row.specialty,
      shownName: row.shownName,
      shownCity: row.shownCity,
      status: row.status,
      closeReason: row.closeReason,
      closedAt: row.closedAt,
      hidden: questionHidden ? { reason: row.hiddenReason } : null,
      viewerIsAuthor: viewer !== null && viewer.id === row.authorId,
      viewCount: row.viewCount,
      answerCount: row.answerCount,
      createdAt: row.createdAt,
      redFlags: row.redFlags,
      urgent: row.urgent,
    },
    attachments: view.attachmentsOf(row.attachments, questionHidden),
    answers: row.messages.map(({ replies, reactions, ...answer }) => ({
      ...view.messageOf(answer),
      reactions: view.reactionsOf(answer, reactions),
      replies: replies.map(({ addressee, ...reply }) => ({
        ...view.messageOf(reply),
        addressee: view.addresseeOf(addressee),
      })),
    })),
    lastSeq: (_max.seq ?? 0n).toString(),
  };
}
