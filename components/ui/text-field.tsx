import type { InputHTMLAttributes, ReactNode } from "react";
import { controlClasses, FieldFrame } from "./field-frame";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  label: string;
  /** Shown under the label, before the field: what to enter and why. */
  hint?: ReactNode;
  /** Messages from validation; the first one is shown. */
  error?: readonly string[] | string;
  optional?: boolean;
  id?: string;
};

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({ name, label, hint, error, optional, id, className = "", ...input }: TextFieldProps) {
  return (
    <FieldFrame
      id={id ?? `field-${name}`}
      label={label}
      hint={hint}
      error={error}
      optional={optional}
      className={className}
    >
      {({ invalid, ...control }) => (
        <input name={name} className={controlClasses(invalid, "min-h-11")} {...control} {...input} />
      )}
    </FieldFrame>
  );
}
