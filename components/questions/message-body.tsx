import { EyeOff } from "lucide-react";
import type { ComplainSetup } from "@/components/complaints/complain-button";
import { RichText } from "@/components/ui/rich-text";
import type { ThreadMessageView } from "@/lib/questions/get-question-thread";
import { AttachmentList } from "./attachment-list";
import { asSentence } from "./labels";

/** A message's text in our Markdown subset (rendered as React nodes, never HTML), or the moderator's note when it is hidden. */
export function MessageBody({ message, complain }: { message: ThreadMessageView; complain?: ComplainSetup }) {
  const reason = message.hidden?.reason?.trim();
  return (
    <>
      {message.hidden && (
        <p className="mt-2 flex items-start gap-2 rounded-lg bg-neutral-soft px-3 py-2 text-neutral">
          <EyeOff aria-hidden="true" className="mt-1 size-4 shrink-0" />
          <span>
            {reason ? `Hidden by a moderator: ${asSentence(reason)}` : "Hidden by a moderator."}
            {message.body !== null && " Only its author and moderators can read it."}
          </span>
        </p>
      )}
      {message.body !== null && <RichText text={message.body} headingLevel={4} className="mt-2" />}
      {/* A client island (file names may come from the viewer's state): sent only where there are files. */}
      {message.attachments.length > 0 && (
        <AttachmentList
          attachments={message.attachments}
          label="Attached files"
          complain={message.hidden ? undefined : complain}
        />
      )}
    </>
  );
}
