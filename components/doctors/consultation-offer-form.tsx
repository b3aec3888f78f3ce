"use client";

import { updateConsultationOfferAction } from "@/app/(doctor)/doctor/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { CONSULTATION_CURRENCIES } from "@/lib/validation/consultation-limits";
import { IDLE } from "@/lib/validation/form-state";

type ConsultationOfferFormProps = {
  offersConsultations: boolean;
  /** The last price in major units ("35.00"), or empty when never set. */
  price: string;
  currency: string;
};

/** Offer private consultations at a price, or stop offering them; the last price stays for next time. */
export function ConsultationOfferForm({ offersConsultations, price, currency }: ConsultationOfferFormProps) {
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm(updateConsultationOfferAction, IDLE);
  const values = state.ok === false ? state.values : null;
  const errors = state.ok === false ? state.fieldErrors : {};
  const offering = values ? values.offersConsultations === "yes" : offersConsultations;

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      aria-label="Private consultations"
      onSubmit={onSubmit}
      className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-4 sm:p-6"
    >
      {state.ok === false && !errors.price && !errors.currency && (
        <Alert role="alert" tone="danger" title="Not saved">
          <p>{state.message}</p>
        </Alert>
      )}
      {state.ok === true && (
        <Alert role="status" tone="success" title="Saved">
          <p>Your consultation offer is up to date.</p>
        </Alert>
      )}
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">Do you take paid private consultations?</legend>
        {(
          [
            ["yes", "Yes, patients may book a private consultation with me"],
            ["no", "No, not at the moment"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3">
            <input
              type="radio"
              name="offersConsultations"
              value={value}
              defaultChecked={(value === "yes") === offering}
              className="size-5 accent-brand"
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <TextField
          name="price"
          label="Price per consultation"
          hint="From 1.00 to 1,000.00, for example 35 or 35.50. Kept when you stop offering."
          inputMode="decimal"
          autoComplete="off"
          maxLength={8}
          defaultValue={values?.price ?? price}
          error={errors.price}
        />
        <SelectField
          name="currency"
          label="Currency"
          options={CONSULTATION_CURRENCIES.map((code) => ({ value: code, label: code }))}
          defaultValue={values?.currency ?? currency}
          error={errors.currency}
        />
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save offer"}
      </Button>
    </form>
  );
}
