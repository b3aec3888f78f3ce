"use client";

// The islands of a question page that depend on who is looking. The thread around them is rendered for nobody (and
// may be a kept page served to everyone); each island reads the viewer's state (thread-viewer.tsx) and shows what
// that viewer may do: visitors get the sign-in prompts, members their forms once the state is known.
import Link from "next/link";
import type { ReactNode } from "react";
import { ComplainButton } from "@/components/complaints/complain-button";
import { VISITOR_ONLY } from "@/lib/cache/member-view-cookie";
import { AnswerForm, CloseQuestionForm, FollowButton, ReplyForm } from "./thread-actions";
import { useThreadViewer } from "./thread-viewer";

/** Under the question: follow, close, and Complain for everyone but its author. */
export function QuestionControls({
  questionId,
  hidden,
  askerName,
}: {
  questionId: number;
  /** Hidden by a moderator: nothing to report any more. */
  hidden: boolean;
  /** The asker's pseudonym, offered as "its author" in the report form. */
  askerName: string;
}) {
  const participation = useThreadViewer()?.participation;
  const follow = participation?.canFollow;
  const close = participation?.canClose;
  if (hidden && !follow && !close) return null;
  return (
    <div className="mt-4 flex flex-wrap items-start gap-3">
      {follow && <FollowButton questionId={questionId} following={participation.following} />}
      {close && <CloseQuestionForm questionId={questionId} needsReason={participation.closeNeedsReason} />}
      {!hidden && (
        <ComplainButton
          setup={{ questionId }}
          targetType="QUESTION"
          targetId={String(questionId)}
          what="this question"
          noun="question"
          authorName={askerName}
        />
      )}
    </div>
  );
}

/** Under an answer and its replies: "Reply to …", addressed to the patient under the viewer's own answer. */
export function ReplySlot({
  questionId,
  answerId,
  doctorName,
  askerName,
}: {
  questionId: number;
  answerId: string;
  doctorName: string;
  askerName: string;
}) {
  const participation = useThreadViewer()?.participation;
  if (!participation?.canReply) return null;
  const own = answerId === participation.ownAnswerId;
  return (
    <ReplyForm
      questionId={questionId}
      answerId={answerId}
      addresseeName={own ? askerName : doctorName}
      allowAttachments={participation.isAsker}
    />
  );
}

const NOTE = "rounded-lg bg-brand-soft px-4 py-3";

/** Under the answers: the answer form for a doctor who may answer, or how to take part. */
export function ThreadFooter({ questionId, open }: { questionId: number; open: boolean }) {
  const viewer = useThreadViewer();
  if (!open) return null;
  if (!viewer) {
    return (
      <p className={`${NOTE} ${VISITOR_ONLY}`}>
        Are you a doctor?{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/questions/${questionId}`)}`}>Sign in to answer</Link>.
      </p>
    );
  }
  const { participation } = viewer;
  if (participation.canAnswer) return <AnswerForm questionId={questionId} />;
  if (participation.ownAnswerId) {
    return (
      <p className="text-muted">You have answered this question; add anything new as a reply under your answer.</p>
    );
  }
  if (viewer.unverifiedDoctor) {
    return <p className={NOTE}>You can answer questions once an administrator has verified your credentials.</p>;
  }
  return null;
}

/** Its children for everyone but the author of `messageId` ("consult privately" is not for one's own answer). */
export function UnlessOwnMessage({ messageId, children }: { messageId: string; children: ReactNode }) {
  return useThreadViewer()?.ownMessageIds.includes(messageId) ? null : children;
}
