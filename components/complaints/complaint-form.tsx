"use client";

import { useId, useRef, useState } from "react";
import { fileComplaintAction } from "@/app/(public)/questions/[id]/complaint-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { COMPLAINT_NOTE_MAX, COMPLAINT_REASON_LABELS, COMPLAINT_REASONS } from "@/lib/validation/complaint-reasons";
import { IDLE } from "@/lib/validation/form-state";

export type ComplaintFormProps = {
  hidden: Record<string, string>;
  noun: string;
  authorName?: string;
  onCancel: () => void;
  onDone: () => void;
};

/** Submitted by hand, like the thread's forms, so a refused report keeps the reason and note as chosen. */
export function ComplaintForm({ hidden, noun, authorName, onCancel, onDone }: ComplaintFormProps) {
  const alertRef = useRef<HTMLDivElement>(null);
  const { state, pending, formRef, onSubmit } = useKeptForm(fileComplaintAction, IDLE, {
    onDone,
    focusOnFailure: (form, failure) =>
      (failure.fieldErrors.reason
        ? form.querySelector<HTMLElement>('input[name="reason"]')
        : form.querySelector<HTMLElement>('[aria-invalid="true"]')) ?? alertRef.current,
  });
  const [reason, setReason] = useState("");
  const ids = useId();
  const failure = state.ok === false ? state : null;
  const reasonError = failure?.fieldErrors.reason?.[0];
  const noteError = failure?.fieldErrors.note;

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="mt-4 flex flex-col gap-4">
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
