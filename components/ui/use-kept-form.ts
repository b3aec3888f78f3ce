"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";

type KeptFormOptions<State> = {
  /** Called once per accepted submit, with the form (to empty it, say). */
  onDone?: (state: Extract<State, { ok: true }>, form: HTMLFormElement | null) => void;
  /** The element to focus after a refusal; the first invalid field when not given (or when it finds none). */
  focusOnFailure?: (form: HTMLFormElement, state: Extract<State, { ok: false }>) => HTMLElement | null | undefined;
  /** Sees what is about to be sent (the sign-up form keeps the password to sign in with). */
  onSend?: (formData: FormData) => void;
};

/**
 * A server-action form that keeps what was typed: it is submitted by hand (React resets a form after its action
 * otherwise), with the button that was pressed, and after a refusal the first invalid field gets the focus. Without
 * JavaScript the form still posts to `action` and the server's returned values refill it.
 */
export function useKeptForm<State extends { ok: boolean | null }>(
  action: (previous: Awaited<State>, formData: FormData) => Promise<State>,
  initial: Awaited<State>,
  options: KeptFormOptions<Awaited<State>> = {},
) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, initial);
  const formRef = useRef<HTMLFormElement>(null);
  const seen = useRef(state);
  // The callbacks of the last render, without re-running the effect below when a parent passes new ones.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (seen.current === state) return;
    seen.current = state;
    const form = formRef.current;
    const { onDone, focusOnFailure } = latest.current;
    if (state.ok === true) onDone?.(state as Extract<Awaited<State>, { ok: true }>, form);
    if (state.ok !== false || !form) return;
    const chosen = focusOnFailure?.(form, state as Extract<Awaited<State>, { ok: false }>);
    (chosen ?? form.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus();
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    latest.current.onSend?.(formData);
    startTransition(() => formAction(formData));
  };
  return { state, formAction, pending, formRef, onSubmit };
}
