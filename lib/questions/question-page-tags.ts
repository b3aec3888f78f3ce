import { pageTags } from "../cache/page-tags";
import type { QuestionThread } from "./get-question-thread";

/** What a question page shows: the question, every doctor named in its thread, and the similar questions listed. */
export function questionPageTags(thread: QuestionThread, similar: readonly { id: number }[]): string[] {
  const authors = thread.answers.flatMap((answer) => [answer.author, ...answer.replies.map((reply) => reply.author)]);
  const doctorIds = authors.flatMap((author) => (author.doctor?.profileId ? [author.doctor.profileId] : []));
  return [
    pageTags.question(thread.question.id),
    ...doctorIds.map(pageTags.doctor),
    ...similar.map((question) => pageTags.question(question.id)),
  ];
}
