import type { ReactNode } from "react";
import { ComplainButton, type ComplainSetup } from "@/components/complaints/complain-button";
import { AnswerReactions } from "@/components/doctors/answer-reactions";
import { ConsultPrivatelyLink } from "@/components/doctors/consult-privately-link";
import type { ThreadAnswer } from "@/lib/questions/get-question-thread";
import { DoctorByline } from "./doctor-byline";
import { personName } from "./labels";
import { MessageBody } from "./message-body";
import { ReplyItem } from "./reply-item";
import { UnlessOwnMessage } from "./viewer-controls";

type AnswerCardProps = {
  answer: ThreadAnswer;
  footer?: ReactNode;
  complain?: ComplainSetup;
  /** The thread's question: thanks, agreement and "consult privately" under the answer need it. */
  questionId?: number;
};

/** A doctor's answer with the conversation that followed it. */
export function AnswerCard({ answer, footer, complain, questionId }: AnswerCardProps) {
  const author = personName(answer.author.name, answer.author.role);
  const offer = answer.author.doctor?.consultationOffer;
  const doctorId = answer.author.doctor?.profileId;
  return (
    <article id={`m_${answer.id}`} className="scroll-mt-4 rounded-xl border border-line bg-surface p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-x-3">
        <DoctorByline
          author={answer.author}
          date={answer.createdAt}
          outsideSpecialty={answer.outsideSpecialty}
          nameAs="h3"
        />
        {complain && !answer.hidden && (
          <ComplainButton
            setup={complain}
            targetType="MESSAGE"
            targetId={answer.id}
            what={`the answer by ${author}`}
            noun="answer"
            authorName={author}
          />
        )}
      </div>
      <div className="mt-2 text-[1.0625rem]">
        <MessageBody message={answer} complain={complain} />
      </div>
      {questionId !== undefined && !answer.hidden && (
        <AnswerReactions
          questionId={questionId}
          messageId={answer.id}
          doctorName={author}
          reactions={answer.reactions}
        />
      )}
      {questionId !== undefined && offer && doctorId && !answer.hidden && (
        <UnlessOwnMessage messageId={answer.id}>
          <div className="mt-3">
            <ConsultPrivatelyLink
              doctorId={doctorId}
              offer={offer}
              questionId={questionId}
              context={`with ${author}`}
            />
          </div>
        </UnlessOwnMessage>
      )}
      {answer.replies.length > 0 && (
        <ol aria-label={`Replies to this answer (${answer.replies.length})`} className="mt-5 flex flex-col gap-4">
          {answer.replies.map((reply) => (
            <ReplyItem key={reply.id} reply={reply} complain={complain} />
          ))}
        </ol>
      )}
      {footer}
    </article>
  );
}
