// Everything the question page renders for one viewer, in as few statements as the data allows (the page calls this
// and tests/integration/question-page-statements.test.ts counts it): the thread, the viewer's participation and who is
// writing an answer in one statement (read-question-page.ts), then the similar questions in one more (two for a
// question asked seconds ago, before the job embedded it). Reads only: the view is counted by the page's beacon.
import type { Viewer } from "../auth/permissions";
import type { AnsweringDoctor } from "../realtime/queue-events";
import { findRelatedQuestions, type SimilarQuestionItem } from "../search/find-related-questions";
import { doctorName } from "../text/doctor-name";
import { type QuestionThread, questionThreadOf } from "./get-question-thread";
import { readQuestionPage } from "./read-question-page";
import { type ThreadParticipation, threadParticipationFor } from "./thread-participation";

export type QuestionPage = {
  thread: QuestionThread;
  participation: ThreadParticipation;
  /** Empty unless the question is open and visible (the only case the page shows "Dr. X is answering"). */
  answering: AnsweringDoctor[];
  similar: SimilarQuestionItem[];
};

export type LoadQuestionPageOptions = { viewer: Viewer; questionId: number; now?: Date };

/** NOT_FOUND (a DomainError) for a question that is missing, deleted or that the viewer may not read. */
export async function loadQuestionPage({
  viewer,
  questionId,
  now = new Date(),
}: LoadQuestionPageOptions): Promise<QuestionPage> {
  const row = await readQuestionPage({ questionId, viewerId: viewer?.id ?? null, now });
  const thread = questionThreadOf(viewer, row);
  // questionThreadOf threw unless the row exists.
  const { question, answering, following, ownAnswerId } = row as NonNullable<typeof row>;
  const similar = await findRelatedQuestions({
    viewer,
    questionId,
    limit: 6,
    subject: { title: question.title, body: question.body, embedded: question.embedded },
  });
  const open = question.status === "OPEN" && question.hiddenAt === null;
  return {
    thread,
    participation: threadParticipationFor(viewer, { question, following, ownAnswerId }),
    answering: open
      ? answering.map((lock) => ({
          doctorId: lock.doctorId,
          name: doctorName(lock.name),
          expiresInSeconds: Math.max(1, Math.ceil((lock.expiresAt.getTime() - now.getTime()) / 1000)),
        }))
      : [],
    similar,
  };
}
