"use client";

import { Flag } from "lucide-react";
import Link from "next/link";
import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import { type ComplaintFormState, fileComplaintAction } from "@/app/(public)/questions/[id]/complaint-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { COMPLAINT_NOTE_MAX, COMPLAINT_REASON_LABELS, COMPLAINT_REASONS } from "@/lib/validation/complaint-reasons";

/**
 * What every Complain button on a page shares: who is looking, and which question's page it is (absent in a private
 * consultation, whose viewers are always signed in).
 */
export type ComplainSetup = {
  signedIn: boolean;
  questionId?: number;
  /** Where a visitor comes back to after signing in; the question's page by default. */
  returnTo?: string;
};

type ComplainButtonProps = {
  setup: ComplainSetup;
  targetType: "QUESTION" | "MESSAGE" | "ATTACHMENT" | "CONSULTATION_MESSAGE" | "USER";
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

/** "Complain" under a question, answer, reply or file, or on a profile; visitors are sent to sign in first. */
export function ComplainButton(props: ComplainButtonProps) {
  if (!props.setup.signedIn) {
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

type ComplaintFormProps = {
  hidden: Record<string, string>;
  noun: string;
  authorName?: string;
  onCancel: () => void;
  onDone: () => void;
};

/** Submitted by hand, like the thread's forms, so a refused report keeps the reason and note as chosen. */
function ComplaintForm({ hidden, noun, authorName, onCancel, onDone }: ComplaintFormProps) {
  const [state, formAction, pending] = useActionState(fileComplaintAction, { ok: null } as ComplaintFormState);
  const [reason, setReason] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const seen = useRef<ComplaintFormState>(state);
  const ids = useId();
  const failure = state.ok === false ? state : null;
  const reasonError = failure?.fieldErrors.reason?.[0];
  const noteError = failure?.fieldErrors.note;

  useEffect(() => {
    if (seen.current === state) return;
    seen.current = state;
    if (state.ok === true) onDone();
    else if (state.ok === false) {
      const form = formRef.current;
      const field = state.fieldErrors.reason
        ? form?.querySelector<HTMLElement>('input[name="reason"]')
        : form?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (field ?? alertRef.current)?.focus();
    }
  }, [state, onDone]);

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
      className="mt-4 flex flex-col gap-4"
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure && !reasonError && !noteError && (
        <div ref={alertRef} tabIndex={-1} className="focus:outline-none">
          <Alert role="alert" tone="danger" title="Not sent">
            <p>{failure.message}</p>
          </Alert>
        </div>
      )}
      {authorName && (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 font-semibold">What are you reporting?</legend>
          <Choice name="about" value="CONTENT" defaultChecked label={`The ${noun} itself`} />
          <Choice name="about" value="AUTHOR" label={`Its author, ${authorName}`} />
        </fieldset>
      )}
      <fieldset className="flex flex-col gap-1" aria-describedby={reasonError ? `${ids}-reason-error` : undefined}>
        <legend className="mb-1 font-semibold">What is wrong with it?</legend>
        {COMPLAINT_REASONS.map((value) => (
          <Choice
            key={value}
            name="reason"
            value={value}
            label={COMPLAINT_REASON_LABELS[value]}
            onChange={() => setReason(value)}
          />
        ))}
        {reasonError && <FieldError id={`${ids}-reason-error`}>{reasonError}</FieldError>}
      </fieldset>
      <TextAreaField
        id={`${ids}-note`}
        name="note"
        label={reason === "OTHER" ? "Tell the moderators what is wrong" : "Anything the moderators should know?"}
        optional={reason !== "OTHER"}
        hint={reason === "OTHER" ? "Needed when the reason is “Other”." : "Only moderators read this."}
        rows={3}
        maxLength={COMPLAINT_NOTE_MAX}
        error={noteError}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send report"}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function Choice(props: {
  name: string;
  value: string;
  label: string;
  defaultChecked?: boolean;
  onChange?: () => void;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-neutral-soft">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        defaultChecked={props.defaultChecked}
        onChange={props.onChange}
        className="size-5 shrink-0 accent-brand"
      />
      <span>{props.label}</span>
    </label>
  );
}
