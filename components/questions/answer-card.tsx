import type { ReactNode } from "react";
import { ComplainButton, type ComplainSetup } from "@/components/complaints/complain-button";
import type { ThreadAnswer } from "@/lib/questions/get-question-thread";
import { DoctorByline } from "./doctor-byline";
import { personName } from "./labels";
import { MessageBody } from "./message-body";
import { ReplyItem } from "./reply-item";

type AnswerCardProps = { answer: ThreadAnswer; footer?: ReactNode; complain?: ComplainSetup };

/** A doctor's answer with the conversation that followed it. */
export function AnswerCard({ answer, footer, complain }: AnswerCardProps) {
  const author = personName(answer.author.name, answer.author.role);
  return (
    <article id={`m_${answer.id}`} className="scroll-mt-4 rounded-xl border border-line bg-surface p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-x-3">
        <DoctorByline
          author={answer.author}
          date={answer.createdAt}
          outsideSpecialty={answer.outsideSpecialty}
          nameAs="h3"
        />
        {complain && !answer.viewerIsAuthor && !answer.hidden && (
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
