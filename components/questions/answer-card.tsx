import type { ReactNode } from "react";
import type { ThreadAnswer } from "@/lib/questions/get-question-thread";
import { DoctorByline } from "./doctor-byline";
import { MessageBody } from "./message-body";
import { ReplyItem } from "./reply-item";

/** A doctor's answer with the conversation that followed it. */
export function AnswerCard({ answer, footer }: { answer: ThreadAnswer; footer?: ReactNode }) {
  return (
    <article id={`m_${answer.id}`} className="scroll-mt-4 rounded-xl border border-line bg-surface p-4 sm:p-6">
      <DoctorByline
        author={answer.author}
        date={answer.createdAt}
        outsideSpecialty={answer.outsideSpecialty}
        nameAs="h3"
      />
      <div className="mt-2 text-[1.0625rem]">
        <MessageBody message={answer} />
      </div>
      {answer.replies.length > 0 && (
        <ol aria-label={`Replies to this answer (${answer.replies.length})`} className="mt-5 flex flex-col gap-4">
          {answer.replies.map((reply) => (
            <ReplyItem key={reply.id} reply={reply} />
          ))}
        </ol>
      )}
      {footer}
    </article>
  );
}
