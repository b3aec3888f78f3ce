import { Eye, Lock, MessageSquare } from "lucide-react";
import type { ReactNode } from "react";
import { ComplainButton, type ComplainSetup } from "@/components/complaints/complain-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";
import { RichText } from "@/components/ui/rich-text";
import type { QuestionThread as TQuestionThread } from "@/lib/questions/get-question-thread";
import { redFlagLabels } from "@/lib/triage/red-flags";
import { AnswerCard } from "./answer-card";
import { AttachmentList } from "./attachment-list";
import { asSentence } from "./labels";
import { QuestionStatusBadge } from "./question-status-badge";

type QuestionThreadProps = {
  thread: TQuestionThread;
  /** Shown under the answers: how to take part (sign in, answer). */
  footer?: ReactNode;
  /** Shown under the question: follow, close. */
  questionActions?: ReactNode;
  /** Shown under each answer and its replies: the reply form. */
  answerFooter?: (answer: TQuestionThread["answers"][number]) => ReactNode;
  /** Complain buttons on everything the viewer did not write; none without it. */
  complain?: ComplainSetup;
  /** Shown right under the question: who is writing an answer now. */
  belowQuestion?: ReactNode;
};

/** The question, then each doctor's answer with the replies under it — read-only. */
export function QuestionThread({
  thread,
  footer,
  questionActions,
  answerFooter,
  complain,
  belowQuestion,
}: QuestionThreadProps) {
  const { question, attachments, answers } = thread;
  const complainAboutQuestion = complain && !question.viewerIsAuthor && !question.hidden && (
    <ComplainButton
      setup={complain}
      targetType="QUESTION"
      targetId={String(question.id)}
      what="this question"
      noun="question"
      authorName={question.shownName}
    />
  );
  const closeReason = question.closeReason?.trim();
  const hiddenReason = question.hidden?.reason?.trim();

  return (
    <div className="flex flex-col gap-8">
      <article aria-labelledby="question-title" className="rounded-xl border border-line bg-surface p-4 sm:p-6">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="brand">{question.specialty.name}</Badge>
          <QuestionStatusBadge status={question.status} answerCount={question.answerCount} />
        </div>
        <h1 id="question-title" className="mt-3 text-2xl font-bold leading-tight break-words sm:text-3xl">
          {question.title}
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
          <span>
            Asked by {question.shownName}
            {question.shownCity && `, ${question.shownCity}`}
          </span>
          <FormattedDate date={question.createdAt} />
          <span className="inline-flex items-center gap-1">
            <Eye aria-hidden="true" className="size-4" />
            {pluralize(question.viewCount, "view", "views")}
          </span>
        </p>

        {question.urgent && (
          <Alert tone="danger" className="mt-4" title="Urgent: warning signs reported">
            <ul className="mt-1 list-disc pl-5">
              {redFlagLabels(question.specialty.slug, question.redFlags).map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </Alert>
        )}
        {question.hidden && (
          <Alert tone="danger" className="mt-4" title="Hidden by a moderator">
            <p>
              {hiddenReason && `Reason: ${asSentence(hiddenReason)} `}
              Only its author and moderators can see this question.
            </p>
          </Alert>
        )}
        {question.status === "CLOSED" && (
          <div className="mt-4 flex items-start gap-2 rounded-lg bg-neutral-soft px-3 py-2 text-neutral">
            <Lock aria-hidden="true" className="mt-1 size-4 shrink-0" />
            <p>
              This question was closed
              {question.closedAt && (
                <>
                  {" "}
                  on <FormattedDate date={question.closedAt} />
                </>
              )}
              . {closeReason && `Reason: ${asSentence(closeReason)} `}
              New answers and replies are not accepted.
            </p>
          </div>
        )}

        <RichText text={question.body} headingLevel={2} className="mt-4 text-[1.0625rem]" />
        <AttachmentList attachments={attachments} label="Files attached to the question" complain={complain} />
        {(questionActions || complainAboutQuestion) && (
          <div className="mt-4 flex flex-wrap items-start gap-3">
            {questionActions}
            {complainAboutQuestion}
          </div>
        )}
      </article>
      {belowQuestion}

      <section aria-labelledby="answers-heading" className="flex flex-col gap-4">
        <h2 id="answers-heading" className="text-xl font-bold sm:text-2xl">
          Answers from doctors ({answers.length})
        </h2>
        {answers.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            icon={<MessageSquare aria-hidden="true" className="size-8 text-muted" />}
            title="No answers yet"
          >
            <p>When a doctor answers this question, the answer appears here.</p>
          </EmptyState>
        ) : (
          <ol className="flex flex-col gap-4">
            {answers.map((answer) => (
              <li key={answer.id}>
                <AnswerCard
                  answer={answer}
                  footer={answerFooter?.(answer)}
                  complain={complain}
                  questionId={question.id}
                />
              </li>
            ))}
          </ol>
        )}
        {footer}
      </section>
    </div>
  );
}
