import { Check, CheckCheck, EyeOff } from "lucide-react";
import { ComplainButton } from "@/components/complaints/complain-button";
import { personName } from "@/components/questions/labels";
import { FormattedDate } from "@/components/ui/formatted-date";
import { RichText } from "@/components/ui/rich-text";
import type { ConsultationMessageView } from "@/lib/consultations/consultation-view";
import { ConsultationAttachments } from "./consultation-attachments";

type ConsultationMessagesProps = {
  messages: ConsultationMessageView[];
  /** Participants may report the other person's messages; the moderator's read-only view passes false. */
  complain: boolean;
  /** Whether to show "Delivered"/"Read" under the viewer's own messages (participants only). */
  receipts: boolean;
  /** The reported message, marked for the moderator. */
  highlightId?: string;
};

/** The private thread, oldest first: who wrote, when, the words, the files, and whether the other person read it. */
export function ConsultationMessages({ messages, complain, receipts, highlightId }: ConsultationMessagesProps) {
  if (messages.length === 0) {
    return <p className="text-muted">No messages yet.</p>;
  }
  return (
    <ol aria-label="Messages" className="flex flex-col gap-4">
      {messages.map((message) => {
        const author = personName(message.author.name, message.author.role);
        const highlighted = message.id === highlightId;
        return (
          <li
            key={message.id}
            id={`m_${message.id}`}
            aria-label={`Message from ${author}`}
            className={`flex flex-col gap-2 rounded-xl border p-4 ${
              highlighted
                ? "border-warning bg-warning-soft"
                : message.viewerIsAuthor
                  ? "border-line bg-brand-soft sm:ml-8"
                  : "border-line bg-surface sm:mr-8"
            }`}
          >
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-semibold">{message.viewerIsAuthor ? "You" : author}</span>
              <span className="text-muted">
                <FormattedDate date={message.createdAt} />
              </span>
              {highlighted && <strong className="text-warning">Reported message</strong>}
            </p>
            {message.hidden && (
              <p className="inline-flex items-center gap-2 text-muted">
                <EyeOff aria-hidden="true" className="size-4" />
                Hidden by a moderator{message.hidden.reason ? `: ${message.hidden.reason}` : ""}
              </p>
            )}
            {message.body !== null && <RichText text={message.body} headingLevel={3} />}
            <ConsultationAttachments files={message.attachments} label={`Files from ${author}`} />
            <div className="flex flex-wrap items-center justify-between gap-2">
              {receipts && message.viewerIsAuthor && (
                <p className="inline-flex items-center gap-1 text-muted" data-testid="read-receipt">
                  {message.readAt ? (
                    <>
                      <CheckCheck aria-hidden="true" className="size-4" />
                      Read <FormattedDate date={message.readAt} />
                    </>
                  ) : (
                    <>
                      <Check aria-hidden="true" className="size-4" />
                      Delivered
                    </>
                  )}
                </p>
              )}
              {complain && !message.viewerIsAuthor && message.body !== null && (
                <ComplainButton
                  setup={{ signedIn: true }}
                  targetType="CONSULTATION_MESSAGE"
                  targetId={message.id}
                  what={`the message from ${author}`}
                  noun="message"
                  authorName={author}
                />
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
