"use client";

import { startConsultationAction } from "@/app/(member)/consultations/new/actions";
import { AttachmentPicker } from "@/components/attachments/attachment-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { CONSULTATION_LIMITS } from "@/lib/validation/consultation-limits";
import { IDLE } from "@/lib/validation/form-state";

type StartConsultationFormProps = {
  doctorId: string;
  /** "Dr. Daniel Hartmann" */
  doctorName: string;
  /** The public question the patient came from: its title prefills the subject. */
  sourceQuestion: { id: number; title: string } | null;
  /** "35.00 EUR" */
  price: string;
};

/** Subject, description and files for one doctor; on success the server sends the patient to the payment page. */
export function StartConsultationForm({ doctorId, doctorName, sourceQuestion, price }: StartConsultationFormProps) {
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm(startConsultationAction, IDLE);
  const values = state.ok === false ? state.values : {};
  const errors = state.ok === false ? state.fieldErrors : {};
  const fieldError = Boolean(errors.subject || errors.body || errors.attachmentIds);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      aria-label={`Private consultation with ${doctorName}`}
      onSubmit={onSubmit}
      className="flex flex-col gap-6 rounded-xl border border-line bg-surface p-4 sm:p-6"
    >
      <input type="hidden" name="doctorId" value={doctorId} />
      {sourceQuestion && <input type="hidden" name="sourceQuestionId" value={sourceQuestion.id} />}
      {state.ok === false && !fieldError && (
        <Alert role="alert" tone="danger" title="Your consultation was not started">
          <p>{state.message}</p>
        </Alert>
      )}
      <TextField
        name="subject"
        label="Subject"
        hint="One line the doctor reads first."
        maxLength={CONSULTATION_LIMITS.subjectMax}
        defaultValue={values.subject ?? sourceQuestion?.title ?? ""}
        error={errors.subject}
      />
      <TextAreaField
        name="body"
        label="Describe what worries you"
        rows={9}
        maxLength={CONSULTATION_LIMITS.bodyMax}
        hint="Since when, where exactly, what makes it better or worse, what you have tried, your age and the medicines you take."
        defaultValue={values.body}
        error={errors.body}
      />
      <div className="flex flex-col gap-2">
        <h2 className="font-semibold">Test results</h2>
        <p className="text-muted">
          JPEG, PNG, WebP or PDF, up to 10 MB each, at most {CONSULTATION_LIMITS.attachmentsMax}.
        </p>
        <AttachmentPicker
          max={CONSULTATION_LIMITS.attachmentsMax}
          privateNote={`Files you add here are seen only by you and ${doctorName}.`}
        />
        {errors.attachmentIds && <p className="text-danger">{errors.attachmentIds[0]}</p>}
      </div>
      <div className="flex flex-col gap-2">
        <Button type="submit" disabled={pending} size="lg" className="w-full sm:w-auto sm:self-start">
          {pending ? "Opening the payment page…" : "Continue to payment"}
        </Button>
        <p className="text-muted">You pay {price} on the next page. Nothing is charged before that.</p>
      </div>
    </form>
  );
}
