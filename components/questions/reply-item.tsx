import { ComplainButton, type ComplainSetup } from "@/components/complaints/complain-button";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { ThreadReply } from "@/lib/questions/get-question-thread";
import { personName, roleLabel } from "./labels";
import { MessageBody } from "./message-body";

/** A reply under an answer: "Mark → Dr. Irina Volkova", what they are, when, and the text. */
export function ReplyItem({ reply, complain }: { reply: ThreadReply; complain?: ComplainSetup }) {
  const fromDoctor = reply.author.role === "DOCTOR";
  const author = personName(reply.author.name, reply.author.role);
  return (
    <li
      id={`m_${reply.id}`}
      className={`scroll-mt-4 border-l-4 py-1 pl-4 ${fromDoctor ? "border-brand" : "border-field"}`}
    >
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-semibold">{author}</span>
        {reply.addressee && (
          <span>
            <span aria-hidden="true">→ </span>
            <span className="sr-only">to </span>
            {personName(reply.addressee.name, reply.addressee.role)}
          </span>
        )}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-x-3">
        <p className="flex flex-wrap gap-x-3 text-muted">
          <span>{roleLabel(reply.author.role, reply.author.specialties)}</span>
          <FormattedDate date={reply.createdAt} />
        </p>
        {complain && !reply.hidden && (
          <ComplainButton
            setup={complain}
            targetType="MESSAGE"
            targetId={reply.id}
            what={`the reply by ${author}`}
            noun="reply"
            authorName={author}
          />
        )}
      </div>
      <MessageBody message={reply} complain={complain} />
    </li>
  );
}
