"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { IDLE, type ThreadFormState } from "@/lib/validation/form-state";

type Action = (previous: ThreadFormState, formData: FormData) => Promise<ThreadFormState>;

type ThreadFormProps = {
  action: Action;
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  /** The fields; given the last failure so they can show errors and keep what was typed. */
  children: (failure: Extract<ThreadFormState, { ok: false }> | null) => ReactNode;
  onDone?: () => void;
  className?: string;
  label: string;
  submitVariant?: "primary" | "secondary";
};

/**
 * A small form in the thread (answer, reply, close). Submitted by hand so a failed post keeps every
 * field as typed; emptied only after the server accepted it.
 */
export function ThreadForm({
  action,
  hidden,
  submitLabel,
  pendingLabel,
  children,
  onDone,
  className = "",
  label,
  submitVariant = "primary",
}: ThreadFormProps) {
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm<ThreadFormState>(action, IDLE, {
    onDone: (_done, form) => {
      form?.reset();
      onDone?.();
    },
  });

  return (
    <form
      ref={formRef}
      aria-label={label}
      action={formAction}
      noValidate
      onSubmit={onSubmit}
      className={`flex flex-col gap-3 ${className}`}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.ok === false && !state.fieldErrors.body && !state.fieldErrors.reason && (
        <Alert role="alert" tone="danger" title="Not posted">
          <p>{state.message}</p>
        </Alert>
      )}
      {children(state.ok === false ? state : null)}
      <Button
        type="submit"
        variant={submitVariant}
        size={submitVariant === "primary" ? "md" : "sm"}
        disabled={pending}
        className="self-start"
      >
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
