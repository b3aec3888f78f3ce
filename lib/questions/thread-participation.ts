import { can, type Viewer } from "../auth/permissions";
import type { QuestionStatus } from "../generated/prisma/enums";

export type ThreadParticipation = {
  following: boolean;
  /** The viewer's own answer here, if they are a doctor who answered: they reply under it instead of answering again. */
  ownAnswerId: string | null;
  isAsker: boolean;
  canAnswer: boolean;
  canReply: boolean;
  canClose: boolean;
  /** Closing someone else's question takes a reason (moderators and admins). */
  closeNeedsReason: boolean;
  canFollow: boolean;
};

const NOBODY: ThreadParticipation = {
  following: false,
  ownAnswerId: null,
  isAsker: false,
  canAnswer: false,
  canReply: false,
  canClose: false,
  closeNeedsReason: false,
  canFollow: false,
};

/**
 * What the viewer may do in a thread they can read; the page shows only the forms that would succeed. Pure: the
 * facts (the question, whether the viewer follows it, their own answer) come from the page's one statement
 * (read-question-page.ts), so participation costs no query of its own.
 */
export function threadParticipationFor(
  viewer: Viewer,
  facts: {
    question: { authorId: string; status: QuestionStatus; hiddenAt: Date | null; deletedAt: Date | null };
    following: boolean;
    ownAnswerId: string | null;
  },
): ThreadParticipation {
  const { question, following } = facts;
  if (!viewer || question.deletedAt) return NOBODY;
  // Only a doctor "has answered"; the statement matches any author, so a non-doctor's id is ignored here.
  const ownAnswerId = viewer.role === "DOCTOR" ? facts.ownAnswerId : null;
  const resource = { authorId: question.authorId, status: question.status, hidden: question.hiddenAt !== null };
  return {
    following,
    ownAnswerId,
    isAsker: viewer.id === question.authorId,
    canAnswer: ownAnswerId === null && can(viewer, "answer.post", resource),
    canReply: can(viewer, "reply.post", resource),
    canClose: can(viewer, "question.close", resource),
    closeNeedsReason: viewer.id !== question.authorId,
    canFollow: can(viewer, "question.read", resource),
  };
}
