"use client";

import { type RemovePhotoState, removeDoctorPhotoAction } from "@/app/(public)/doctors/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useKeptForm } from "@/components/ui/use-kept-form";

/**
 * For moderators and administrators on a doctor's profile: take down an unsuitable photo, saying why. Rendered for
 * staff whether or not there is a photo, so the confirmation survives the page's refresh after the removal.
 */
export function RemovePhotoForm({ doctorId, hasPhoto }: { doctorId: string; hasPhoto: boolean }) {
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm(removeDoctorPhotoAction, {
    ok: null,
  } as RemovePhotoState);
  const errors = state.ok === false ? state.fieldErrors : {};

  if (state.ok === true) {
    return (
      <Alert role="status" tone="success" title="Photo removed">
        <p>The doctor has been told why. The profile shows their initials now.</p>
      </Alert>
    );
  }
  if (!hasPhoto) return null;
  return (
    <details className="rounded-xl border border-line bg-surface p-4">
      <summary className="cursor-pointer font-semibold">Moderation: remove this doctor's photo</summary>
      <form ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="doctorId" value={doctorId} />
        {state.ok === false && !errors.reason && (
          <Alert role="alert" tone="danger" title="Not removed">
            <p>{state.message}</p>
          </Alert>
        )}
        <TextAreaField
          name="reason"
          label="Reason (the doctor reads it)"
          rows={3}
          maxLength={500}
          defaultValue={state.ok === false ? state.reason : ""}
          error={errors.reason}
        />
        <div>
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Removing…" : "Remove photo"}
          </Button>
        </div>
      </form>
    </details>
  );
}
