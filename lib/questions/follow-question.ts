import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import { isRowId } from "../validation/row-id";
import { readableQuestion } from "./readable-question";

export type FollowQuestionOptions = {
  actor: Viewer;
  questionId: number;
  /** true: follow; false: stop following. Asking for the state one is already in changes nothing. */
  follow: boolean;
};

export type FollowState = { questionId: number; following: boolean };

/**
 * Any signed-in user follows (or stops following) a question they can read, to hear of its answers,
 * replies and closing. Idempotent, so a double click or a repeated request is harmless. Suspended users
 * may follow: it is reading, not posting.
 */
export async function followQuestion({ actor, questionId, follow }: FollowQuestionOptions): Promise<FollowState> {
  if (!actor) throw new DomainError("FORBIDDEN", "Sign in to follow questions.");
  const client = db();
  const question = isRowId(questionId)
    ? await client.question.findUnique({
        where: { id: questionId },
        select: { authorId: true, status: true, hiddenAt: true, deletedAt: true },
      })
    : null;
  readableQuestion(actor, question);
  if (follow) {
    await client.follow.createMany({ data: [{ userId: actor.id, questionId }], skipDuplicates: true });
  } else {
    await client.follow.deleteMany({ where: { userId: actor.id, questionId } });
  }
  return { questionId, following: follow };
}
