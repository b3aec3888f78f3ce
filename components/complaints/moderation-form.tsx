"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { resolveComplaintsAction } from "@/app/(staff)/staff/moderation/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { MODERATION_ACTIONS } from "@/lib/validation/complaint";
import { IDLE } from "@/lib/validation/form-state";

type ModerationAction = (typeof MODERATION_ACTIONS)[number];

const ACTION_LABELS: Record<ModerationAction, string> = {
  DISMISS: "Dismiss the reports",
  HIDE: "Hide it",
  RESTORE: "Restore it",
  DELETE_ATTACHMENT: "Delete the file",
  WARN_AUTHOR: "Warn the author",
  SUSPEND_AUTHOR: "Suspend the author",
  CLOSE_QUESTION: "Close the question",
};
const NO_REASON_NEEDED: readonly ModerationAction[] = ["DISMISS", "RESTORE"];

type ModerationFormProps = {
  targetType: string;
  targetId: string;
  /** The pending complaints on screen: the decision applies to exactly these. */
  complaintIds: string[];
  actions: ModerationAction[];
  /** "the answer by Dr. Irina Volkova": names the form for screen readers. */
  what: string;
  /** The queue's query string, to come back to the same filters and page. */
  returnQuery: string;
  /** A person is reported: "Warn the person" rather than "the author". */
  aboutPerson: boolean;
  /** Hidden automatically: "Hide it" confirms that with the moderator's own reason. */
  autoHidden: boolean;
};

/** One decision for all reports on a target. Submitted by hand so a refused decision keeps the choice and reason. */
export function ModerationForm(props: ModerationFormProps) {
  const alertRef = useRef<HTMLDivElement>(null);
  const { state, pending, formRef, onSubmit } = useKeptForm(resolveComplaintsAction, IDLE, {
    focusOnFailure: (form, failure) =>
      (failure.fieldErrors.action
        ? form.querySelector<HTMLElement>('input[name="action"]')
        : form.querySelector<HTMLElement>('[aria-invalid="true"]')) ?? alertRef.current,
  });
  const [action, setAction] = useState<ModerationAction | null>(null);
  const ids = useId();
  const failure = state.ok === false ? state : null;
  const fieldError = (name: string) => failure?.fieldErrors[name]?.[0];
  const hasFieldErrors = Boolean(fieldError("action") || fieldError("reason") || fieldError("suspendDays"));

  const label = (value: ModerationAction) => {
    if (value === "HIDE" && props.autoHidden) return "Keep it hidden, with your reason";
    if (props.aboutPerson && value === "WARN_AUTHOR") return "Warn this person";
    if (props.aboutPerson && value === "SUSPEND_AUTHOR") return "Suspend this person";
    return ACTION_LABELS[value];
  };
  const reasonOptional = action !== null && NO_REASON_NEEDED.includes(action);

  return (
    <form
      ref={formRef}
      aria-label={`Decide on the reports about ${props.what}`}
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
    >
      <input type="hidden" name="targetType" value={props.targetType} />
      <input type="hidden" name="targetId" value={props.targetId} />
      <input type="hidden" name="returnQuery" value={props.returnQuery} />
      {props.complaintIds.map((id) => (
        <input key={id} type="hidden" name="complaintIds" value={id} />
      ))}
      {failure && !hasFieldErrors && (
        <div ref={alertRef} tabIndex={-1} className="focus:outline-none">
          <Alert role="alert" tone="danger" title="Not applied">
            <p>{failure.message}</p>
            {failure.code === "CONFLICT" && (
              <p className="mt-1">
                <Link href="/staff/moderation">Reload the queue</Link>
              </p>
            )}
          </Alert>
        </div>
      )}
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={fieldError("action") ? `${ids}-action-error` : undefined}
      >
        <legend className="mb-1 font-semibold">Decision</legend>
        {props.actions.map((value) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-neutral-soft"
          >
            <input
              type="radio"
              name="action"
              value={value}
              onChange={() => setAction(value)}
              className="size-5 shrink-0 accent-brand"
            />
            <span>{label(value)}</span>
          </label>
        ))}
        {fieldError("action") && <FieldError id={`${ids}-action-error`}>{fieldError("action")}</FieldError>}
      </fieldset>
      {action === "SUSPEND_AUTHOR" && (
        <TextField
          id={`${ids}-days`}
          name="suspendDays"
          label="For how many days?"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          defaultValue="7"
          className="max-w-40"
          error={fieldError("suspendDays")}
        />
      )}
      <TextAreaField
        id={`${ids}-reason`}
        name="reason"
        label="Reason"
        optional={reasonOptional}
        hint="The author reads it, and it is shown in place of hidden content. It goes into the audit log."
        rows={2}
        maxLength={500}
        error={fieldError("reason")}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Applying…" : "Apply decision"}
      </Button>
    </form>
  );
}
