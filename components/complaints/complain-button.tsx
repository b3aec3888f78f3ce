"use client";

import { Flag } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { useThreadViewer } from "@/components/questions/thread-viewer";
import type { ThreadViewerState } from "@/lib/questions/thread-viewer-state";
import type { ComplaintTargetType } from "@/lib/validation/complaint";

// The form loads when a dialog first opens: nearly every reader of a thread never reports anything, and visitors
// get a sign-in link instead.
const ComplaintForm = dynamic(() => import("./complaint-form").then((module) => module.ComplaintForm), {
  loading: () => <p className="mt-4 text-muted">Loading the form…</p>,
});

/**
 * What every Complain button on a page shares: who is looking, and which question's page it is (absent in a private
 * consultation, whose viewers are always signed in).
 */
export type ComplainSetup = {
  /** Absent on a question page: the thread's viewer (components/questions/thread-viewer.tsx) says who is looking. */
  signedIn?: boolean;
  questionId?: number;
  /** Where a visitor comes back to after signing in; the question's page by default. */
  returnTo?: string;
};

type ComplainButtonProps = {
  setup: ComplainSetup;
  targetType: ComplaintTargetType;
  targetId: string;
  /** The reported thing as a heading names it: "the answer by Dr. Irina Volkova". */
  what: string;
  /** What it is in one word, for "The answer itself": "answer", "reply", "question", "file". */
  noun: string;
  /** Offers "its author" as a second choice: the person is reported, by the server, without their id in the page. */
  authorName?: string;
};

const TRIGGER =
  "inline-flex min-h-11 shrink-0 items-center gap-1 rounded-md px-1 text-base text-muted underline " +
  "underline-offset-2 hover:text-ink";
const THANKS = "Thank you — a moderator will review it.";

/** Whether `viewer` wrote or uploaded the target: nobody complains about their own words. */
function ownTarget(viewer: ThreadViewerState, targetType: ComplaintTargetType, targetId: string): boolean {
  if (targetType === "QUESTION") return viewer.participation.isAsker;
  if (targetType === "MESSAGE") return viewer.ownMessageIds.includes(targetId);
  if (targetType === "ATTACHMENT") return viewer.ownAttachmentIds.includes(targetId);
  return false;
}

/**
 * "Complain" under a question, answer, reply or file, or on a profile; visitors are sent to sign in first. On a
 * question page the thread's viewer decides, and there is none on the viewer's own question, messages and files.
 */
export function ComplainButton(props: ComplainButtonProps) {
  const viewer = useThreadViewer();
  if (viewer && ownTarget(viewer, props.targetType, props.targetId)) return null;
  const signedIn = viewer === undefined ? props.setup.signedIn === true : viewer !== null;
  if (!signedIn) {
    const { questionId, returnTo } = props.setup;
    const back = encodeURIComponent(returnTo ?? (questionId ? `/questions/${questionId}` : "/"));
    return (
      <Link
        href={`/sign-in?callbackUrl=${back}`}
        aria-label={`Complain about ${props.what} (sign in first)`}
        className={TRIGGER}
      >
        <Flag aria-hidden="true" className="size-4" />
        Complain
      </Link>
    );
  }
  return <ComplainDialog {...props} />;
}

/**
 * A native modal <dialog>, mounted only while open (a long thread has dozens of buttons): focus moves in on open
 * and back to the button on close; Escape closes it.
 */
function ComplainDialog({ setup, targetType, targetId, what, noun, authorName }: ComplainButtonProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [thanked, setThanked] = useState(false);

  useEffect(() => {
    if (open && !dialogRef.current?.open) dialogRef.current?.showModal();
  }, [open]);

  const close = () => dialogRef.current?.close();
  return (
    <div className="inline-flex flex-wrap items-center gap-x-2">
      {/* The visible word is the start of the name (WCAG 2.5.3); the rest says which of many it is. */}
      <button
        ref={triggerRef}
        type="button"
        aria-haspopup="dialog"
        aria-label={`Complain about ${what}`}
        className={TRIGGER}
        onClick={() => setOpen(true)}
      >
        <Flag aria-hidden="true" className="size-4" />
        Complain
      </button>
      {/* Always present, so the thanks is announced when it appears. */}
      <span role="status" className="text-success">
        {thanked ? THANKS : ""}
      </span>
      {open && (
        <dialog
          ref={dialogRef}
          aria-labelledby={headingId}
          onClose={() => {
            setOpen(false);
            triggerRef.current?.focus();
          }}
          className="m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-lg overflow-y-auto rounded-xl border border-line bg-surface p-4 text-ink shadow-xl backdrop:bg-black/50 sm:p-6"
        >
          <h2 id={headingId} className="text-xl font-bold">
            Report {what}
          </h2>
          <p className="mt-1 text-muted">Moderators read every report. The author is not told who sent it.</p>
          <ComplaintForm
            hidden={{
              targetType,
              targetId,
              ...(setup.questionId !== undefined && { questionId: String(setup.questionId) }),
            }}
            noun={noun}
            authorName={authorName}
            onCancel={close}
            onDone={() => {
              setThanked(true);
              close();
            }}
          />
        </dialog>
      )}
    </div>
  );
}
