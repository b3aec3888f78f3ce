"use client";

import { Lock, Reply } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import {
  closeQuestionAction,
  followQuestionAction,
  postAnswerAction,
  postReplyAction,
} from "@/app/(public)/questions/[id]/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { MESSAGE_LIMITS } from "@/lib/validation/message-limits";
import { QUESTION_LIMITS } from "@/lib/validation/question-limits";
import { useAnsweringSignals } from "./answering-indicator";
import { ThreadForm } from "./thread-form";

// Only the asker's reply forms offer files: everybody else's page does without the picker's code (still rendered on
// the server for the asker, so nothing shifts).
const AttachmentPicker = dynamic(() =>
  import("@/components/attachments/attachment-picker").then((module) => module.AttachmentPicker),
);

export function AnswerForm({ questionId }: { questionId: number }) {
  // "Dr. X is answering" for everyone else on the page, while this doctor types.
  const { stop, ...answeringSignals } = useAnsweringSignals(questionId);
  return (
    <section aria-labelledby="answer-heading" className="rounded-xl border border-line bg-surface p-4 sm:p-6">
      <h2 id="answer-heading" className="text-xl font-bold">
        Your answer
      </h2>
      <p className="mt-1 text-muted">
        Patients read answers as advice from a doctor who has not examined them: say what to watch for and when to be
        seen in person.
      </p>
      <ThreadForm
        label="Your answer"
        action={postAnswerAction}
        hidden={{ questionId: String(questionId) }}
        submitLabel="Post answer"
        pendingLabel="Posting…"
        className="mt-4"
        onDone={stop}
      >
        {(failure) => (
          <TextAreaField
            name="body"
            label="Answer"
            rows={8}
            maxLength={MESSAGE_LIMITS.answerMax}
            defaultValue={failure?.values.body}
            error={failure?.fieldErrors.body ?? (failure ? failure.message : undefined)}
            {...answeringSignals}
          />
        )}
      </ThreadForm>
    </section>
  );
}

type ReplyFormProps = { questionId: number; answerId: string; addresseeName: string; allowAttachments: boolean };

/** "Reply to Dr. …" under an answer: opens a small form addressed to that doctor (or, for the doctor, to the patient). */
export function ReplyForm({ questionId, answerId, addresseeName, allowAttachments }: ReplyFormProps) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  if (!open) {
    return (
      <Button variant="secondary" size="sm" className="mt-4" onClick={() => setOpen(true)}>
        <Reply aria-hidden="true" className="size-4" />
        Reply to {addresseeName}
      </Button>
    );
  }
  return (
    <ThreadForm
      key={round}
      label={`Reply to ${addresseeName}`}
      action={postReplyAction}
      hidden={{ questionId: String(questionId), answerId }}
      submitLabel="Send reply"
      pendingLabel="Sending…"
      className="mt-4 border-l-4 border-field pl-4"
      onDone={() => {
        setOpen(false);
        setRound((n) => n + 1);
      }}
    >
      {(failure) => (
        <>
          <TextAreaField
            name="body"
            label={`Your reply to ${addresseeName}`}
            rows={4}
            maxLength={MESSAGE_LIMITS.replyMax}
            autoFocus
            defaultValue={failure?.values.body}
            error={failure?.fieldErrors.body}
          />
          {allowAttachments && <AttachmentPicker max={MESSAGE_LIMITS.attachmentsMax} />}
        </>
      )}
    </ThreadForm>
  );
}

export function CloseQuestionForm({ questionId, needsReason }: { questionId: number; needsReason: boolean }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        <Lock aria-hidden="true" className="size-4" />
        Close question
      </Button>
    );
  }
  return (
    <ThreadForm
      label="Close this question"
      action={closeQuestionAction}
      hidden={{ questionId: String(questionId) }}
      submitLabel="Close question"
      pendingLabel="Closing…"
      className="w-full rounded-lg border border-line bg-neutral-soft p-4"
    >
      {(failure) => (
        <TextAreaField
          name="reason"
          label={needsReason ? "Reason for closing (shown on the question)" : "Why are you closing it?"}
          optional={!needsReason}
          hint="A closed question accepts no new answers or replies."
          rows={2}
          maxLength={QUESTION_LIMITS.closeReasonMax}
          defaultValue={failure?.values.body}
          error={failure?.fieldErrors.reason}
        />
      )}
    </ThreadForm>
  );
}

export function FollowButton({ questionId, following }: { questionId: number; following: boolean }) {
  return (
    <ThreadForm
      label={following ? "Stop following this question" : "Follow this question"}
      action={followQuestionAction}
      hidden={{ questionId: String(questionId), follow: String(!following) }}
      submitLabel={following ? "Unfollow" : "Follow"}
      submitVariant="secondary"
      pendingLabel="Saving…"
    >
      {() => null}
    </ThreadForm>
  );
}
