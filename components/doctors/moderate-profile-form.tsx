"use client";

import { moderateDoctorProfileAction } from "@/app/(public)/doctors/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { IDLE } from "@/lib/validation/form-state";

type ModerateProfileFormProps = { doctorId: string; hasPhoto: boolean; hasBio: boolean };

const LABELS = { PHOTO: "The photo", BIO: "The “about” text" } as const;

/**
 * For moderators and administrators on a doctor's profile: take down an unsuitable photo or introduction, saying
 * why. Rendered for staff whatever the profile holds, so the confirmation survives the page's refresh afterwards.
 */
export function ModerateProfileForm({ doctorId, hasPhoto, hasBio }: ModerateProfileFormProps) {
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm(moderateDoctorProfileAction, IDLE);
  const errors = state.ok === false ? state.fieldErrors : {};
  const values = state.ok === false ? state.values : null;
  const options = (["PHOTO", "BIO"] as const).filter((option) => (option === "PHOTO" ? hasPhoto : hasBio));

  const done = state.ok === true && (
    <Alert role="status" tone="success" title={state.removed ? "Removed" : "Nothing to remove"}>
      <p>{state.removed ? "The doctor has been told why." : "It had already been removed."}</p>
    </Alert>
  );
  if (options.length === 0) return done || null;
  return (
    <div className="flex flex-col gap-3">
      {done}
      <details className="rounded-xl border border-line bg-surface p-4" open={state.ok === false}>
        <summary className="cursor-pointer font-semibold">Moderation: take down part of this profile</summary>
        <form ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="mt-3 flex flex-col gap-3">
          <input type="hidden" name="doctorId" value={doctorId} />
          {state.ok === false && !errors.reason && !errors.remove && (
            <Alert role="alert" tone="danger" title="Nothing removed">
              <p>{state.message}</p>
            </Alert>
          )}
          <fieldset className="flex flex-col gap-1" aria-describedby={errors.remove ? "remove-error" : undefined}>
            <legend className="mb-1 font-semibold">What to remove</legend>
            {options.map((option, index) => (
              <label key={option} className="flex min-h-11 cursor-pointer items-center gap-3">
                <input
                  type="radio"
                  name="remove"
                  value={option}
                  defaultChecked={values ? values.remove === option : index === 0}
                  className="size-5 accent-brand"
                />
                {LABELS[option]}
              </label>
            ))}
            {errors.remove && <FieldError id="remove-error">{errors.remove.join(" ")}</FieldError>}
          </fieldset>
          <TextAreaField
            name="reason"
            label="Reason (the doctor reads it)"
            rows={3}
            maxLength={500}
            defaultValue={values?.reason ?? ""}
            error={errors.reason}
          />
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {pending ? "Removing…" : "Remove"}
            </Button>
          </div>
        </form>
      </details>
    </div>
  );
}
