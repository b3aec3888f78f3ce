"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";

/**
 * A server-action form that keeps what was typed: it is submitted by hand (React resets a form after its action
 * otherwise), and after a refusal the first invalid field gets the focus. Without JavaScript the form still posts
 * to `action` and the server's returned values refill it.
 */
export function useKeptForm<State extends { ok: boolean | null }>(
  action: (previous: Awaited<State>, formData: FormData) => Promise<State>,
  initial: Awaited<State>,
) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, initial);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.ok === false) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  return { state, formAction, pending, formRef, onSubmit };
}
