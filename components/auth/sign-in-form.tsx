"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ZSignIn } from "@/lib/validation/account";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

const GENERIC_FAILURE = "Signing in failed. Please check your connection and try again.";
/** next-auth's code when authorize() returns null instead of throwing our message. */
const NEXT_AUTH_CREDENTIALS_CODE = "CredentialsSignin";

/** `callbackUrl` must already be a safe same-site path (see lib/navigation/safe-callback-url.ts). */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const password = String(new FormData(form).get("password") ?? "");
    setFormError(null);

    // Empty fields are absent, so the schema answers "Enter your e-mail address", not "not a valid address".
    const parsed = ZSignIn.safeParse({ email: email || undefined, password: password || undefined });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      // Let React render the messages, then put the cursor where the first problem is.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false, callbackUrl });
      if (result?.ok && !result.error) {
        router.push(callbackUrl);
        router.refresh();
        return;
      }
      const message = result?.error && result.error !== NEXT_AUTH_CREDENTIALS_CODE ? result.error : null;
      setFormError(message ?? "The e-mail or password is incorrect.");
    } catch (error) {
      console.error("sign-in request failed", error);
      setFormError(GENERIC_FAILURE);
    }
    setPending(false);
    // The e-mail stays as typed; only the password is cleared for the next attempt.
    const passwordInput = form.elements.namedItem("password");
    if (passwordInput instanceof HTMLInputElement) passwordInput.value = "";
  }

  return (
    <form ref={formRef} method="post" noValidate onSubmit={handleSubmit} className="flex flex-col gap-5">
      {formError && (
        <Alert role="alert" tone="danger" title="You are not signed in">
          <p>{formError}</p>
        </Alert>
      )}
      <TextField
        name="email"
        label="E-mail"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldErrors.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={fieldErrors.password}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
