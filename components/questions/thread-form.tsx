"use client";

import { type ReactNode, startTransition, useActionState, useEffect, useRef } from "react";
import type { ThreadFormState } from "@/app/_lib/thread-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

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
  const [state, formAction, pending] = useActionState(action, { ok: null } as ThreadFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const seen = useRef<ThreadFormState>(state);

  useEffect(() => {
    if (seen.current === state) return;
    seen.current = state;
    if (state.ok === true) {
      formRef.current?.reset();
      onDone?.();
    } else if (state.ok === false) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [state, onDone]);

  return (
    <form
      ref={formRef}
      aria-label={label}
      action={formAction}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
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
