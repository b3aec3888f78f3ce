"use client";

import { CreditCard, Star } from "lucide-react";
import { useActionState, useState } from "react";
import {
  closeConsultationAction,
  payForConsultationAction,
  postConsultationMessageAction,
  rateConsultationAction,
} from "@/app/(member)/consultations/[id]/actions";
import { AttachmentPicker } from "@/components/attachments/attachment-picker";
import { ThreadForm } from "@/components/questions/thread-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { TextAreaField } from "@/components/ui/text-area-field";
import { CONSULTATION_LIMITS } from "@/lib/validation/consultation-limits";
import { IDLE } from "@/lib/validation/form-state";

/** The message box at the foot of the thread; emptied (files too) only once the server accepted the message. */
export function ConsultationMessageForm({ consultationId, otherName }: { consultationId: string; otherName: string }) {
  const [round, setRound] = useState(0);
  return (
    <ThreadForm
      key={round}
      label={`Write to ${otherName}`}
      action={postConsultationMessageAction}
      hidden={{ consultationId }}
      submitLabel="Send message"
      pendingLabel="Sending…"
      onDone={() => setRound((n) => n + 1)}
    >
      {(failure) => (
        <>
          <TextAreaField
            name="body"
            label={`Your message to ${otherName}`}
            rows={5}
            maxLength={CONSULTATION_LIMITS.messageMax}
            defaultValue={failure?.values.body}
            error={failure?.fieldErrors.body}
          />
          <AttachmentPicker
            max={CONSULTATION_LIMITS.attachmentsMax}
            privateNote={`Files you add are seen only by you and ${otherName}.`}
          />
          {failure?.fieldErrors.attachmentIds && <FieldError>{failure.fieldErrors.attachmentIds[0]}</FieldError>}
        </>
      )}
    </ThreadForm>
  );
}

/** "Close the consultation" without rating it (it can be rated later). */
export function CloseConsultationForm({ consultationId }: { consultationId: string }) {
  return (
    <ThreadForm
      label="Close the consultation"
      action={closeConsultationAction}
      hidden={{ consultationId }}
      submitLabel="Close without rating"
      pendingLabel="Closing…"
      submitVariant="secondary"
    >
      {() => null}
    </ThreadForm>
  );
}

const STAR_WORDS = ["", "Poor", "Fair", "Good", "Very good", "Excellent"];

/** 1–5 stars and an optional comment, shown on the doctor's profile; rating an answered consultation closes it. */
export function RateConsultationForm({
  consultationId,
  doctorName,
  closes,
}: {
  consultationId: string;
  doctorName: string;
  closes: boolean;
}) {
  return (
    <ThreadForm
      label={`Rate ${doctorName}`}
      action={rateConsultationAction}
      hidden={{ consultationId }}
      submitLabel={closes ? "Rate and close" : "Send rating"}
      pendingLabel="Sending…"
    >
      {(failure) => (
        <>
          <fieldset
            className="flex flex-col gap-1"
            aria-describedby={failure?.fieldErrors.stars ? "stars-error" : undefined}
          >
            <legend className="mb-1 font-semibold">How helpful was {doctorName}?</legend>
            <div className="flex flex-wrap gap-x-4">
              {[1, 2, 3, 4, 5].map((stars) => (
                <label key={stars} className="flex min-h-11 cursor-pointer items-center gap-2">
                  <input type="radio" name="stars" value={stars} className="size-5 accent-brand" />
                  <span className="inline-flex items-center gap-1">
                    {stars}
                    <Star aria-hidden="true" className="size-4" />
                    <span className="sr-only">{stars === 1 ? "star" : "stars"}</span>
                    <span className="text-muted">({STAR_WORDS[stars]})</span>
                  </span>
                </label>
              ))}
            </div>
            {failure?.fieldErrors.stars && <FieldError id="stars-error">{failure.fieldErrors.stars[0]}</FieldError>}
          </fieldset>
          <TextAreaField
            name="comment"
            label="Comment (shown on the doctor's profile)"
            optional
            rows={3}
            maxLength={CONSULTATION_LIMITS.ratingCommentMax}
            defaultValue={failure?.values.body}
            error={failure?.fieldErrors.comment}
          />
        </>
      )}
    </ThreadForm>
  );
}

/** "Pay now" for a consultation whose payment was not completed; goes to the checkout page on success. */
export function PayNowForm({ consultationId }: { consultationId: string }) {
  const [state, formAction, pending] = useActionState(payForConsultationAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="consultationId" value={consultationId} />
      {state.ok === false && (
        <Alert role="alert" tone="danger" title="Payment not opened">
          <p>{state.message}</p>
        </Alert>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        <CreditCard aria-hidden="true" className="size-5" />
        {pending ? "Opening the payment page…" : "Pay now"}
      </Button>
    </form>
  );
}
