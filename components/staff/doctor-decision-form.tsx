"use client";

import Link from "next/link";
import { decideDoctorAction } from "@/app/(staff)/staff/doctors/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { IDLE } from "@/lib/validation/form-state";

type DoctorDecisionFormProps = {
  doctorId: string;
  doctorName: string;
  /** The queue the doctor is in: a rejected doctor can only be approved. */
  state: "PENDING" | "REJECTED";
};

/**
 * Approve or reject one doctor. Submitted by hand (with the button that was pressed) so a refused submit keeps
 * the reason as typed; a decision that went through leaves the page, which then confirms it.
 */
export function DoctorDecisionForm({ doctorId, doctorName, state }: DoctorDecisionFormProps) {
  const { state: result, formAction, pending, formRef, onSubmit } = useKeptForm(decideDoctorAction, IDLE);
  const failure = result.ok === false ? result : null;
  const reasonError = failure?.fieldErrors.reason;

  return (
    <form
      ref={formRef}
      aria-label={`Decide on ${doctorName}`}
      action={formAction}
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-3"
    >
      <input type="hidden" name="doctorId" value={doctorId} />
      <input type="hidden" name="state" value={state} />
      {failure && !reasonError && (
        <Alert role="alert" tone="danger" title="Not saved">
          <p>{failure.message}</p>
          {failure.code === "CONFLICT" && (
            <p className="mt-1">
              <Link href={state === "REJECTED" ? "/staff/doctors?state=REJECTED" : "/staff/doctors"}>
                Show the current list
              </Link>
            </p>
          )}
        </Alert>
      )}
      <TextAreaField
        id={`reason-${doctorId}`}
        name="reason"
        label="Reason"
        rows={3}
        maxLength={500}
        hint={
          state === "PENDING"
            ? "Needed to reject: the doctor will read it. When approving it is optional and goes into the audit log."
            : "Optional: why you approve now. It goes into the audit log."
        }
        error={reasonError}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="APPROVE" disabled={pending}>
          {pending ? "Saving…" : "Approve"}
          <span className="sr-only"> {doctorName}</span>
        </Button>
        {state === "PENDING" && (
          <Button type="submit" name="decision" value="REJECT" variant="secondary" disabled={pending}>
            Reject<span className="sr-only"> {doctorName}</span>
          </Button>
        )}
      </div>
    </form>
  );
}
