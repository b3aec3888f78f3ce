import { can, type Viewer } from "../auth/permissions";
import { DomainError } from "../errors";
import type { QuestionStatus } from "../generated/prisma/enums";

type QuestionFacts = { authorId: string; status: QuestionStatus; hiddenAt: Date | null; deletedAt: Date | null };

/** What a reader is told of a question that is missing, deleted or not theirs to read: the same in every case. */
export function questionNotFound(): DomainError {
  return new DomainError("NOT_FOUND", "This question does not exist.");
}

/**
 * The question, when the viewer may read it. Missing, deleted and unreadable (hidden) questions are all NOT_FOUND
 * (a DomainError), so a hidden question's existence does not leak.
 */
export function readableQuestion<T extends QuestionFacts>(viewer: Viewer, question: T | null | undefined): T {
  if (
    !question ||
    question.deletedAt !== null ||
    !can(viewer, "question.read", {
      authorId: question.authorId,
      status: question.status,
      hidden: question.hiddenAt !== null,
    })
  ) {
    throw questionNotFound();
  }
  return question;
}
