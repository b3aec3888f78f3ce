import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { AnsweringIndicator } from "@/components/questions/answering-indicator";
import { ClearAskDraft } from "@/components/questions/clear-ask-draft";
import { personName } from "@/components/questions/labels";
import { LiveThread } from "@/components/questions/live-thread";
import { QuestionThread } from "@/components/questions/question-thread";
import { SimilarQuestions } from "@/components/questions/similar-questions";
import { AnswerForm, CloseQuestionForm, FollowButton, ReplyForm } from "@/components/questions/thread-actions";
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

function JoinNote({
  open,
  signedIn,
  unverifiedDoctor,
  questionId,
}: {
  open: boolean;
  signedIn: boolean;
  unverifiedDoctor: boolean;
  questionId: number;
}) {
  if (!open) return null;
  if (!signedIn) {
    return (
      <p className="rounded-lg bg-brand-soft px-4 py-3">
        Are you a doctor?{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/questions/${questionId}`)}`}>Sign in to answer</Link>.
      </p>
    );
  }
  if (unverifiedDoctor) {
    return (
      <p className="rounded-lg bg-brand-soft px-4 py-3">
        You can answer questions once an administrator has verified your credentials.
      </p>
    );
  }
  return null;
}

export default async function QuestionPage({ params, searchParams }: QuestionPageProps) {
  const { id } = await params;
  const { asked } = await searchParams;
  const threadPage = await loadPage(id);
  const { viewer, thread, participation, answering } = threadPage;
  const { question } = thread;
  const similar = await similarQuestionsOf(viewer, threadPage);

  // Every anonymous visitor gets the same page: it is kept until something it shows changes.
  if (!viewer) cacheThisPage(questionPageTags(thread, similar));

  const open = question.status === "OPEN" && !question.hidden;
  let footer: ReactNode = (
    <JoinNote
      open={open}
      signedIn={viewer !== null}
      unverifiedDoctor={viewer?.role === "DOCTOR" && !viewer.doctorVerified}
      questionId={question.id}
    />
  );
  if (participation.canAnswer) footer = <AnswerForm questionId={question.id} />;
  else if (participation.ownAnswerId && open) {
    footer = (
      <p className="text-muted">You have answered this question; add anything new as a reply under your answer.</p>
    );
  }

  const questionActions = (
    <>
      {participation.canFollow && <FollowButton questionId={question.id} following={participation.following} />}
      {participation.canClose && (
        <CloseQuestionForm questionId={question.id} needsReason={participation.closeNeedsReason} />
      )}
    </>
  );

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
      <LiveThread questionId={question.id} lastSeq={thread.lastSeq} />
      <QuestionThread
        thread={thread}
        complain={{ signedIn: viewer !== null, questionId: question.id }}
        belowQuestion={
          question.status === "OPEN" &&
          !question.hidden && (
            <AnsweringIndicator questionId={question.id} initial={answering} viewerId={viewer?.id ?? null} />
          )
        }
        footer={footer}
        questionActions={participation.canFollow || participation.canClose ? questionActions : undefined}
        answerFooter={(answer) => {
          if (!participation.canReply || answer.hidden) return null;
          const own = answer.id === participation.ownAnswerId;
          const addressee = own ? question.shownName : personName(answer.author.name, answer.author.role);
          return (
            <ReplyForm
              questionId={question.id}
              answerId={answer.id}
              addresseeName={addressee}
              allowAttachments={participation.isAsker}
            />
          );
        }}
      />
      <div className="mt-10">
        <SimilarQuestions questions={similar} heading="Similar questions on the topic" headingId="similar-heading" />
      </div>
    </>
  );
}
