import type { ReactNode, SelectHTMLAttributes } from "react";
import { controlClasses, FieldFrame } from "./field-frame";

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** A first, empty choice such as "Choose a specialty". */
  placeholder?: string;
  hint?: ReactNode;
  error?: readonly string[] | string;
  optional?: boolean;
  id?: string;
};

export function SelectField({
  name,
  label,
  options,
  placeholder,
  hint,
  error,
  optional,
  id,
  className = "",
  ...rest
}: SelectFieldProps) {
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
        <select name={name} className={controlClasses(invalid, "min-h-11")} {...control} {...rest}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
