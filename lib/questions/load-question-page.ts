// Everything the question page renders for one viewer, in as few statements as the data allows (the page runs these
// two steps and tests/integration/question-page-statements.test.ts counts them): the thread, the viewer's participation and who is
// writing an answer in one statement (read-question-page.ts), then the similar questions in one more (two for a
// question asked seconds ago, before the job embedded it). Reads only: the view is counted by the page's beacon.
import type { Viewer } from "../auth/permissions";
import type { AnsweringDoctor } from "../realtime/queue-events";
import { findRelatedQuestions } from "../search/find-related-questions";
import type { SimilarQuestionItem } from "../search/similar-question-item";
import { doctorName } from "../text/doctor-name";
import { type QuestionThread, questionThreadOf } from "./get-question-thread";
import { readQuestionPage } from "./read-question-page";
import { type ThreadParticipation, threadParticipationFor } from "./thread-participation";
import { type ThreadViewerState, threadViewerStateFor, viewerFactsOf } from "./thread-viewer-state";

export type QuestionThreadPage = {
  thread: QuestionThread;
  participation: ThreadParticipation;
  /** The viewer's part for the page's islands (null for a visitor): the same as GET /api/questions/<id>/viewer. */
  viewerState: ThreadViewerState | null;
  /** Empty unless the question is open and visible (the only case the page shows "Dr. X is answering"). */
  answering: AnsweringDoctor[];
  /** What the similar-questions step needs of the question, so it reads nothing twice. */
  subject: { questionId: number; title: string; body: string; embedded: boolean };
};

export type QuestionPage = QuestionThreadPage & { similar: SimilarQuestionItem[] };

export type LoadQuestionPageOptions = { viewer: Viewer; questionId: number; now?: Date };

/**
 * Step 1, one statement: the thread, the viewer's participation and who is answering. The page's metadata (its
 * <title>) needs only this, so it does not wait for step 2. NOT_FOUND (a DomainError) for a question that is
 * missing, deleted or that the viewer may not read.
 */
export async function loadQuestionThreadPage({
  viewer,
  questionId,
  now = new Date(),
}: LoadQuestionPageOptions): Promise<QuestionThreadPage> {
  const row = await readQuestionPage({ questionId, viewerId: viewer?.id ?? null, now });
  const thread = questionThreadOf(viewer, row);
  // questionThreadOf threw unless the row exists.
  const { question, answering, following, ownAnswerId } = row as NonNullable<typeof row>;
  const open = question.status === "OPEN" && question.hiddenAt === null;
  return {
    thread,
    participation: threadParticipationFor(viewer, { question, following, ownAnswerId }),
    viewerState: viewer ? threadViewerStateFor(viewer, viewerFactsOf(row as NonNullable<typeof row>)) : null,
    answering: open
      ? answering.map((lock) => ({
          doctorId: lock.doctorId,
          name: doctorName(lock.name),
          expiresInSeconds: Math.max(1, Math.ceil((lock.expiresAt.getTime() - now.getTime()) / 1000)),
        }))
      : [],
    subject: { questionId, title: question.title, body: question.body, embedded: question.embedded },
  };
}

/** Step 2: "Similar questions on the topic", one statement (two before the job embedded the question). */
export function similarQuestionsOf(viewer: Viewer, { subject }: QuestionThreadPage): Promise<SimilarQuestionItem[]> {
  return findRelatedQuestions({ viewer, questionId: subject.questionId, limit: 6, subject });
}

/** Both steps, as the page runs them (it calls them apart only so its metadata can resolve after step 1). */
export async function loadQuestionPage(options: LoadQuestionPageOptions): Promise<QuestionPage> {
  const threadPage = await loadQuestionThreadPage(options);
  return { ...threadPage, similar: await similarQuestionsOf(options.viewer, threadPage) };
}
