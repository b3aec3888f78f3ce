"use client";

import { updateDoctorBioAction } from "@/app/(doctor)/doctor/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { DOCTOR_BIO_MAX } from "@/lib/validation/doctor-limits";
import { IDLE } from "@/lib/validation/form-state";

/** The doctor's "about me" on the public profile: what they treat, how they work, languages. */
export function DoctorBioForm({ bio }: { bio: string | null }) {
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm(updateDoctorBioAction, IDLE);
  const errors = state.ok === false ? state.fieldErrors : {};
  return (
    <form ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
      {state.ok === false && !errors.bio && (
        <Alert role="alert" tone="danger" title="Not saved">
          <p>{state.message}</p>
        </Alert>
      )}
      {state.ok === true && (
        <Alert role="status" tone="success" title="Saved">
          <p>Your profile shows the new text.</p>
        </Alert>
      )}
      <TextAreaField
        // A fresh field after each save, so it shows what was stored (trimmed), not a stale draft.
        key={state.ok === true ? state.at : "draft"}
        name="bio"
        label="About you, as patients will read it"
        optional
        rows={5}
        maxLength={DOCTOR_BIO_MAX}
        hint={`What you treat, how you work, which languages you speak. Up to ${DOCTOR_BIO_MAX} characters; shown on your public profile.`}
        defaultValue={state.ok === false ? state.values.bio : (bio ?? "")}
        error={errors.bio}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
