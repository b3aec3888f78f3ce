"use client";

import { Heart, ThumbsUp } from "lucide-react";
import { useActionState } from "react";
import { reactToAnswerAction } from "@/app/(public)/questions/[id]/reaction-actions";
import { useThreadViewer } from "@/components/questions/thread-viewer";
import { Button } from "@/components/ui/button";
import type { AnswerReactionSummary } from "@/lib/questions/thread-message-view";
import type { ViewerReaction } from "@/lib/questions/thread-viewer-state";
import { IDLE } from "@/lib/validation/form-state";

const NOTHING_YET: ViewerReaction = {
  viewerThanked: false,
  viewerAgreed: false,
  viewerCanThank: false,
  viewerCanAgree: false,
};

type AnswerReactionsProps = {
  questionId: number;
  messageId: string;
  /** "Dr. Daniel Hartmann" */
  doctorName: string;
  reactions: AnswerReactionSummary;
};

function ReactionButton({
  questionId,
  messageId,
  kind,
  label,
  icon,
}: {
  questionId: number;
  messageId: string;
  kind: "THANKS" | "AGREE";
  label: string;
  icon: React.ReactNode;
}) {
  const [state, action, pending] = useActionState(reactToAnswerAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="messageId" value={messageId} />
      <input type="hidden" name="kind" value={kind} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {icon}
        {pending ? "Saving…" : label}
      </Button>
      {state.ok === false && (
        <p role="alert" className="text-danger">
          {state.message}
        </p>
      )}
    </form>
  );
}

/** "Thanked by the patient", "3 doctors agree", and the Thank / Agree buttons for whoever may still press them. */
export function AnswerReactions({ questionId, messageId, doctorName, reactions }: AnswerReactionsProps) {
  // The counts are everyone's; what the viewer did and may do comes from the thread's viewer on a question page.
  const viewer = useThreadViewer();
  const { thanksCount, agreeCount } = reactions;
  const { viewerThanked, viewerAgreed, viewerCanThank, viewerCanAgree } =
    viewer === undefined ? reactions : (viewer?.reactions[messageId] ?? NOTHING_YET);
  const notes: string[] = [];
  if (thanksCount > 0) notes.push(viewerThanked ? `You thanked ${doctorName}` : "Thanked by the patient");
  if (agreeCount > 0) {
    const others = agreeCount === 1 ? "1 doctor agrees" : `${agreeCount} doctors agree`;
    notes.push(viewerAgreed ? `${others}, including you` : others);
  }
  if (notes.length === 0 && !viewerCanThank && !viewerCanAgree) return null;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
      {notes.length > 0 && (
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1 font-medium text-success">
          {thanksCount > 0 && (
            <span className="inline-flex items-center gap-1.5">
              <Heart aria-hidden="true" className="size-4" />
              {notes[0]}
            </span>
          )}
          {agreeCount > 0 && (
            <span className="inline-flex items-center gap-1.5">
              <ThumbsUp aria-hidden="true" className="size-4" />
              {notes[notes.length - 1]}
            </span>
          )}
        </p>
      )}
      {viewerCanThank && (
        <ReactionButton
          questionId={questionId}
          messageId={messageId}
          kind="THANKS"
          label={`Thank ${doctorName}`}
          icon={<Heart aria-hidden="true" className="size-4" />}
        />
      )}
      {viewerCanAgree && (
        <ReactionButton
          questionId={questionId}
          messageId={messageId}
          kind="AGREE"
          label="Agree with this answer"
          icon={<ThumbsUp aria-hidden="true" className="size-4" />}
        />
      )}
    </div>
  );
}
