import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";

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

/** What the viewer may do in a thread they can read; the page shows only the forms that would succeed. */
export async function getThreadParticipation(options: {
  viewer: Viewer;
  questionId: number;
}): Promise<ThreadParticipation> {
  const { viewer, questionId } = options;
  if (!viewer) return NOBODY;
  const [question, follow, ownAnswer] = await Promise.all([
    db().question.findUnique({
      where: { id: questionId },
      select: { id: true, authorId: true, status: true, hiddenAt: true, deletedAt: true },
    }),
    db().follow.findUnique({
      where: { userId_questionId: { userId: viewer.id, questionId } },
      select: { userId: true },
    }),
    viewer.role === "DOCTOR"
      ? db().threadMessage.findFirst({
          where: { questionId, authorId: viewer.id, kind: "ANSWER", deletedAt: null },
          select: { id: true },
        })
      : null,
  ]);
  if (!question || question.deletedAt) return NOBODY;
  const resource = { authorId: question.authorId, status: question.status, hidden: question.hiddenAt !== null };
  return {
    following: follow !== null,
    ownAnswerId: ownAnswer?.id ?? null,
    isAsker: viewer.id === question.authorId,
    canAnswer: ownAnswer === null && can(viewer, "answer.post", resource),
    canReply: can(viewer, "reply.post", resource),
    canClose: can(viewer, "question.close", resource),
    closeNeedsReason: viewer.id !== question.authorId,
    canFollow: can(viewer, "question.read", resource),
  };
}
