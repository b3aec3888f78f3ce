import type { z } from "zod";
import { DomainError } from "../errors";
import { fieldErrorsOf } from "./field-errors";

export const CORRECT_FIELDS = "Please correct the highlighted fields.";

/** A use-case's input, parsed by its schema; anything else is INVALID with the field errors the form shows. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  message = CORRECT_FIELDS,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError("INVALID", message, fieldErrorsOf(parsed.error));
  return parsed.data;
}
