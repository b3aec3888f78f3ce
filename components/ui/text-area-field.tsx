import type { ReactNode, TextareaHTMLAttributes } from "react";
import { controlClasses, FieldFrame } from "./field-frame";

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: readonly string[] | string;
  optional?: boolean;
  id?: string;
};

export function TextAreaField({
  name,
  label,
  hint,
  error,
  optional,
  id,
  className = "",
  rows = 6,
  ...rest
}: TextAreaFieldProps) {
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
        <textarea
          name={name}
          rows={rows}
          className={controlClasses(invalid, "leading-relaxed")}
          {...control}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}
