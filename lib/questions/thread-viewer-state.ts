// What one signed-in viewer adds to a question page that is otherwise the same for everyone. The thread is rendered
// for nobody (the page anonymous readers get, kept by the page cache and served to members too); the viewer's
// controls — reply forms, follow, close, thanks, "not on your own message" — are client islands that read this state
// (components/questions/thread-viewer.tsx). A page rendered for the viewer carries it inline; a kept page fetches it
// from GET /api/questions/<id>/viewer, which reads the facts below in one light statement (read-thread-viewer.ts).
// Both derive it here from the same facts, so the two can never disagree.
import type { Actor } from "../auth/permissions";
import type { PageAttachmentRow, QuestionPageRow } from "./read-question-page";
import { type AnswerReactionSummary, messageReadable, threadViewFor } from "./thread-message-view";
import { type ThreadParticipation, threadParticipationFor } from "./thread-participation";

/** What the viewer did to an answer and may still do: the reaction summary without everyone's counts. */
export type ViewerReaction = Omit<AnswerReactionSummary, "thanksCount" | "agreeCount">;

export type ThreadViewerState = {
  viewerId: string;
  participation: ThreadParticipation;
  /** A doctor whose credentials an administrator has not verified yet: told why there is no answer form. */
  unverifiedDoctor: boolean;
  /** Answers and replies the viewer wrote, and files they uploaded: no Complain button, no "consult privately". */
  ownMessageIds: string[];
  ownAttachmentIds: string[];
  /** By answer id: what the viewer did and may still do. */
  reactions: Record<string, ViewerReaction>;
  /** By file id: names of files this viewer may open that the page for nobody shows unnamed (doctors-only, own). */
  files: Record<string, string>;
  /**
   * The viewer may read something the page for nobody leaves out (a hidden message they wrote; staff and hidden
   * content; a hidden question): a kept page is not enough, the page must be rendered for them.
   */
  personal: boolean;
};

type FactMessage = { id: string; authorId: string; hiddenAt: Date | null; attachments: PageAttachmentRow[] };

/** The part of a question page's row that the viewer's state depends on. */
export type ThreadViewerFacts = {
  question: Pick<QuestionPageRow["question"], "authorId" | "shownName" | "status" | "hiddenAt" | "deletedAt">;
  attachments: PageAttachmentRow[];
  answers: (FactMessage & { viewerThanked: boolean; viewerAgreed: boolean; replies: FactMessage[] })[];
  following: boolean;
  ownAnswerId: string | null;
};

const factMessage = ({ id, authorId, hiddenAt, attachments }: FactMessage): FactMessage => ({
  id,
  authorId,
  hiddenAt,
  attachments,
});

/** The facts of a full page row (the page rendered for a viewer has read them already). */
export function viewerFactsOf(row: QuestionPageRow): ThreadViewerFacts {
  const { authorId, shownName, status, hiddenAt, deletedAt } = row.question;
  return {
    question: { authorId, shownName, status, hiddenAt, deletedAt },
    attachments: row.attachments,
    answers: row.answers.map((answer) => ({
      ...factMessage(answer),
      viewerThanked: answer.reactions.viewerThanked,
      viewerAgreed: answer.reactions.viewerAgreed,
      replies: answer.replies.map(factMessage),
    })),
    following: row.following,
    ownAnswerId: row.ownAnswerId,
  };
}

/** The viewer's state on a thread they may read (the caller checked question.read, as questionThreadOf does). */
export function threadViewerStateFor(viewer: Actor, facts: ThreadViewerFacts): ThreadViewerState {
  const { question } = facts;
  const questionHidden = question.hiddenAt !== null;
  const context = { ...question, hidden: questionHidden };
  const mine = threadViewFor(viewer, context);
  const nobodys = threadViewFor(null, context);

  const ownMessageIds: string[] = [];
  const ownAttachmentIds: string[] = [];
  const files: Record<string, string> = {};
  const reactions: Record<string, ViewerReaction> = {};
  let personal = questionHidden;

  const visitFiles = (attachments: PageAttachmentRow[], hidden: boolean) => {
    const shownToNobody = nobodys.attachmentsOf(attachments, hidden);
    mine.attachmentsOf(attachments, hidden).forEach((file, index) => {
      if (file.viewerIsOwner) ownAttachmentIds.push(file.id);
      if (file.fileName !== null && shownToNobody[index]?.fileName === null) files[file.id] = file.fileName;
    });
  };
  const visitMessage = (message: FactMessage) => {
    if (message.authorId === viewer.id) ownMessageIds.push(message.id);
    if (message.hiddenAt !== null && messageReadable(viewer, question, message)) personal = true;
    // As messageOf: a hidden message's files are listed only to those who may read the message.
    if (messageReadable(viewer, question, message)) {
      visitFiles(message.attachments, questionHidden || message.hiddenAt !== null);
    }
  };

  visitFiles(facts.attachments, questionHidden);
  for (const answer of facts.answers) {
    visitMessage(answer);
    for (const reply of answer.replies) visitMessage(reply);
    const { viewerThanked, viewerAgreed, viewerCanThank, viewerCanAgree } = mine.reactionsOf(answer, {
      thanksCount: 0,
      agreeCount: 0,
      viewerThanked: answer.viewerThanked,
      viewerAgreed: answer.viewerAgreed,
    });
    reactions[answer.id] = { viewerThanked, viewerAgreed, viewerCanThank, viewerCanAgree };
  }

  return {
    viewerId: viewer.id,
    participation: threadParticipationFor(viewer, facts),
    unverifiedDoctor: viewer.role === "DOCTOR" && !viewer.doctorVerified,
    ownMessageIds,
    ownAttachmentIds,
    reactions,
    files,
    personal,
  };
}
