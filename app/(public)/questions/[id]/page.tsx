import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClearAskDraft } from "@/components/questions/clear-ask-draft";
import { LiveThread } from "@/components/questions/live-thread";
import { QuestionThread } from "@/components/questions/question-thread";
import { SimilarQuestions } from "@/components/questions/similar-questions";
import { ThreadViewerProvider } from "@/components/questions/thread-viewer";
import { ViewBeacon } from "@/components/questions/view-beacon";
import { Alert } from "@/components/ui/alert";
import { currentActor } from "@/lib/auth/session";
import { cacheThisPage } from "@/lib/cache/page-cache-scope";
import { isDomainError } from "@/lib/errors";
import { loadQuestionThreadPage, similarQuestionsOf } from "@/lib/questions/load-question-page";
import { questionPageTags } from "@/lib/questions/question-page-tags";
import { excerpt } from "@/lib/text/excerpt";

type QuestionPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ asked?: string }>;
};

// generateMetadata and the page share one lookup per request; the page then adds the similar questions (together
// the two steps of loadQuestionPage, whose statements tests/integration/question-page-statements.test.ts counts).
// It only reads (the view is counted by ViewBeacon's POST after load): the anonymous page's HTML may be cached and
// shared, so rendering it must change nothing.
const loadPage = cache(async (rawId: string) => {
  if (!/^\d{1,10}$/.test(rawId)) notFound();
  const viewer = await currentActor();
  try {
    return { viewer, ...(await loadQuestionThreadPage({ viewer, questionId: Number(rawId) })) };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: QuestionPageProps): Promise<Metadata> {
  const { id } = await params;
  const { thread } = await loadPage(id);
  const { question } = thread;
  return {
    title: question.title,
    description: excerpt(question.body, 160),
    alternates: { canonical: `/questions/${question.id}` },
    // A hidden question is shown only to its author and staff; it must not reach search engines.
    ...(question.hidden && { robots: { index: false, follow: false } }),
  };
}

export default async function QuestionPage({ params, searchParams }: QuestionPageProps) {
  const { id } = await params;
  const { asked } = await searchParams;
  const threadPage = await loadPage(id);
  const { viewer, thread, answering, viewerState } = threadPage;
  const { question } = thread;
  const similar = await similarQuestionsOf(viewer, threadPage);

  // Rendered for nobody, the page is the same for every visitor and every member: a member's own part (forms,
  // follow, thanks, Complain only on others' words) is fetched by ThreadViewerProvider. It is kept until something
  // it shows changes.
  if (!viewer) cacheThisPage(questionPageTags(thread, similar), { members: true });

  return (
    <>
      {asked === "1" && (
        <Alert role="status" tone="success" title="Your question is posted" className="mb-6">
          <p>
            Doctors of {question.specialty.name.toLowerCase()} specialty see it now. You will get a notification for
            every answer; this page also updates by itself.
          </p>
        </Alert>
      )}
      {asked === "1" && <ClearAskDraft />}
      <ViewBeacon questionId={question.id} />
      <ThreadViewerProvider questionId={question.id} initial={viewerState}>
        <LiveThread questionId={question.id} lastSeq={thread.lastSeq} />
        <QuestionThread thread={thread} answering={answering} />
      </ThreadViewerProvider>
      <div className="mt-10">
        <SimilarQuestions questions={similar} heading="Similar questions on the topic" headingId="similar-heading" />
      </div>
    </>
  );
}
