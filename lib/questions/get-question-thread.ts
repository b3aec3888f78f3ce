import type { Viewer } from "../auth/permissions";
import type { QuestionStatus } from "../generated/prisma/enums";
import { type QuestionPageRow, readQuestionPage } from "./read-question-page";
import { questionNotFound, readableQuestion } from "./readable-question";
import { type ThreadAnswer, type ThreadAttachment, threadViewFor } from "./thread-message-view";

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

/**
 * A question with its attachments, its doctors' answers and the replies under each, as the viewer may see them.
 * Missing, deleted and unreadable questions are all NOT_FOUND, so a hidden question's existence does not leak.
 * One statement (read-question-page.ts); the question page reads it through loadQuestionPage with the rest it needs.
 */
export async function getQuestionThread({ viewer, questionId }: GetQuestionThreadOptions): Promise<QuestionThread> {
  return questionThreadOf(viewer, await readQuestionPage({ questionId, viewerId: viewer?.id ?? null }));
}

/** The viewer's view of a row readQuestionPage returned; NOT_FOUND when the viewer may not read it. */
export function questionThreadOf(viewer: Viewer, row: QuestionPageRow | null): QuestionThread {
  if (!row) throw questionNotFound();
  const question = readableQuestion(viewer, row.question);
  const questionHidden = question.hiddenAt !== null;

  const view = threadViewFor(viewer, {
    authorId: question.authorId,
    shownName: question.shownName,
    status: question.status,
    hidden: questionHidden,
  });

  return {
    question: {
      id: question.id,
      title: question.title,
      body: question.body,
      specialty: question.specialty,
      shownName: question.shownName,
      shownCity: question.shownCity,
      status: question.status,
      closeReason: question.closeReason,
      closedAt: question.closedAt,
      hidden: questionHidden ? { reason: question.hiddenReason } : null,
      viewerIsAuthor: viewer !== null && viewer.id === question.authorId,
      viewCount: question.viewCount,
      answerCount: question.answerCount,
      createdAt: question.createdAt,
      redFlags: question.redFlags,
      urgent: question.urgent,
    },
    attachments: view.attachmentsOf(row.attachments, questionHidden),
    answers: row.answers.map(({ replies, reactions, ...answer }) => ({
      ...view.messageOf(answer),
      reactions: view.reactionsOf(answer, reactions),
      replies: replies.map(({ addressee, ...reply }) => ({
        ...view.messageOf(reply),
        addressee: view.addresseeOf(addressee),
      })),
    })),
    lastSeq: row.lastSeq,
  };
}
