import { Eye, Lock, MessageSquare } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";
import { RichText } from "@/components/ui/rich-text";
import type { QuestionThread as TQuestionThread } from "@/lib/questions/get-question-thread";
import type { AnsweringDoctor } from "@/lib/realtime/queue-events";
import { redFlagLabels } from "@/lib/triage/red-flags";
import { AnswerCard } from "./answer-card";
import { AnsweringIndicator } from "./answering-indicator";
import { AttachmentList } from "./attachment-list";
import { asSentence, personName } from "./labels";
import { QuestionStatusBadge } from "./question-status-badge";
import { QuestionControls, ReplySlot, ThreadFooter } from "./viewer-controls";

type QuestionThreadProps = {
  thread: TQuestionThread;
  /** Who was writing an answer when the page was read (shown under an open question, kept live). */
  answering: AnsweringDoctor[];
};

/**
 * The question, then each doctor's answer with the replies under it. Rendered for nobody when it may be kept (the
 * page cache serves it to everyone): what depends on the viewer is in islands (viewer-controls.tsx) that read the
 * viewer's state from ThreadViewerProvider.
 */
export function QuestionThread({ thread, answering }: QuestionThreadProps) {
  const { question, attachments, answers } = thread;
  const complain = { questionId: question.id };
  const open = question.status === "OPEN" && !question.hidden;
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
        {attachments.length > 0 && (
          <AttachmentList attachments={attachments} label="Files attached to the question" complain={complain} />
        )}
        <QuestionControls questionId={question.id} hidden={question.hidden !== null} askerName={question.shownName} />
      </article>
      {open && <AnsweringIndicator questionId={question.id} initial={answering} />}

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
                  footer={
                    !answer.hidden && (
                      <ReplySlot
                        questionId={question.id}
                        answerId={answer.id}
                        doctorName={personName(answer.author.name, answer.author.role)}
                        askerName={question.shownName}
                      />
                    )
                  }
                  complain={complain}
                  questionId={question.id}
                />
              </li>
            ))}
          </ol>
        )}
        <ThreadFooter questionId={question.id} open={open} />
      </section>
    </div>
  );
}
