"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useRef, useState } from "react";
import { signUpAction } from "@/app/(auth)/sign-up/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { SpecialtyOption } from "@/lib/specialties/list-specialties";
import { IDLE } from "@/lib/validation/form-state";
import { type AccountType, AccountTypeChoice } from "./account-type-choice";
import { DoctorFields } from "./doctor-fields";

export function SignUpForm({ specialties }: { specialties: SpecialtyOption[] }) {
  const router = useRouter();
  // The server never sends the password back; the form keeps it to sign the new account in.
  const password = useRef("");
  const [signInFailure, setSignInFailure] = useState<string | null>(null);
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm(signUpAction, IDLE, {
    // Submitting by hand skips React's automatic reset of the form after an action, so a failed attempt leaves every
    // field (the password too) exactly as typed.
    onSend: (formData) => {
      password.current = String(formData.get("password") ?? "");
    },
    focusOnFailure: (form) =>
      form.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby*="-error"] input'),
    onDone: async ({ email, role }) => {
      const result = await signIn("credentials", { email, password: password.current, redirect: false }).catch(
        () => undefined,
      );
      password.current = "";
      if (result?.ok && !result.error) {
        router.push(role === "DOCTOR" ? "/?welcome=doctor" : "/?welcome=patient");
        router.refresh();
      } else {
        setSignInFailure(result?.error ?? "Signing in did not work this time.");
      }
    },
  });
  // Without JavaScript the page comes back from the server with the action's state: keep the chosen type.
  const [accountType, setAccountType] = useState<AccountType>(() =>
    state.ok === false && state.values.accountType === "doctor" ? "doctor" : "patient",
  );

  const values = state.ok === false ? state.values : {};
  const errors = state.ok === false ? state.fieldErrors : {};

  if (state.ok === true) {
    return signInFailure ? (
      <Alert role="alert" tone="info" title="Your account is ready">
        <p>
          We could not sign you in automatically: {signInFailure} <Link href="/sign-in">Sign in</Link> with your e-mail
          and password.
        </p>
      </Alert>
    ) : (
      <Alert role="status" tone="success" title="Your account is ready">
        <p>Signing you in…</p>
      </Alert>
    );
  }

  return (
    <form ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="group/signup flex flex-col gap-6">
      {state.ok === false && (
        <Alert role="alert" tone="danger" title="Your account was not created">
          <p>{state.message}</p>
        </Alert>
      )}

      <AccountTypeChoice value={accountType} onChange={setAccountType} error={errors.accountType?.[0]} />

      <TextField
        name="name"
        label="Your name"
        hint={
          accountType === "doctor"
            ? "Your full name as on your licence; patients see it beside your answers."
            : "Shown in your account. Each question can carry a different name if you prefer."
        }
        autoComplete="name"
        defaultValue={values.name}
        error={errors.name}
      />
      <TextField
        name="email"
        label="E-mail"
        type="email"
        autoComplete="email"
        hint="For signing in and for news about your questions. Never shown to others."
        defaultValue={values.email}
        error={errors.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. A few words you will remember work well."
        error={errors.password}
      />

      <DoctorFields specialties={specialties} values={values} errors={errors} />

      <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
