import { FormattedDate } from "@/components/ui/formatted-date";
import type { ThreadReply } from "@/lib/questions/get-question-thread";
import { personName, roleLabel } from "./labels";
import { MessageBody } from "./message-body";

/** A reply under an answer: "Mark → Dr. Irina Volkova", what they are, when, and the text. */
export function ReplyItem({ reply }: { reply: ThreadReply }) {
  const fromDoctor = reply.author.role === "DOCTOR";
  return (
    <li
      id={`m_${reply.id}`}
      className={`scroll-mt-4 border-l-4 py-1 pl-4 ${fromDoctor ? "border-brand" : "border-field"}`}
    >
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-semibold">{personName(reply.author.name, reply.author.role)}</span>
        {reply.addressee && (
          <span>
            <span aria-hidden="true">→ </span>
            <span className="sr-only">to </span>
            {personName(reply.addressee.name, reply.addressee.role)}
          </span>
        )}
      </p>
      <p className="flex flex-wrap gap-x-3 text-muted">
        <span>{roleLabel(reply.author.role, reply.author.specialties)}</span>
        <FormattedDate date={reply.createdAt} />
      </p>
      <MessageBody message={reply} />
    </li>
  );
}
