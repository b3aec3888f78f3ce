import type { ReactNode } from "react";
import { FieldError } from "./field-error";

export type FieldControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  invalid: boolean;
};

type FieldFrameProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: readonly string[] | string;
  optional?: boolean;
  className?: string;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
};

/** Label, hint, control and error, announced together (aria-describedby). Shared by every form field. */
export function FieldFrame({ id, label, hint, error, optional, className = "", children }: FieldFrameProps) {
  const message = typeof error === "string" ? error : error?.[0];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
        {optional && <span className="font-normal text-muted"> (optional)</span>}
      </label>
      {hint && (
        <div id={hintId} className="text-muted">
          {hint}
        </div>
      )}
      {children({
        id,
        "aria-invalid": message ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        invalid: Boolean(message),
      })}
      {message && <FieldError id={errorId}>{message}</FieldError>}
    </div>
  );
}

export const controlClasses = (invalid: boolean, extra = "") =>
  `w-full rounded-lg border bg-surface px-3 py-2 text-base text-ink ${invalid ? "border-danger border-2" : "border-field"} ${extra}`.trim();
