import type { InputHTMLAttributes } from "react";
import { FieldError } from "./field-error";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  label: string;
  /** Shown under the label, before the field: what to enter and why. */
  hint?: string;
  /** Messages from validation; the first one is shown. */
  error?: readonly string[] | string;
  optional?: boolean;
  id?: string;
};

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({ name, label, hint, error, optional, id, className = "", ...input }: TextFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const message = typeof error === "string" ? error : error?.[0];
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = message ? `${fieldId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId} className="font-semibold">
        {label}
        {optional && <span className="font-normal text-muted"> (optional)</span>}
      </label>
      {hint && (
        <p id={hintId} className="text-muted">
          {hint}
        </p>
      )}
      <input
        id={fieldId}
        name={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
        className={
          "min-h-11 w-full rounded-lg border bg-surface px-3 py-2 text-base text-ink " +
          (message ? "border-danger border-2" : "border-field")
        }
        {...input}
      />
      {message && <FieldError id={errorId}>{message}</FieldError>}
    </div>
  );
}
