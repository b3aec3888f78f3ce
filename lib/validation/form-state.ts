// What a form's server action answers, the same for every form: nothing yet, done (with what the form shows then),
// or refused with the reason and what was typed, so the form can show both.
import type { z } from "zod";
import type { DomainErrorCode } from "@/lib/errors";

export type FormFailure<Values> = {
  ok: false;
  /** The DomainError's code, or UNEXPECTED for a failure on our side (logged, never shown raw). */
  code: DomainErrorCode | "UNEXPECTED";
  message: string;
  fieldErrors: Record<string, string[]>;
  /** What the form sent (never a password), to fill the fields in again when the page is rendered without JS. */
  values: Values;
};

export type FormState<Values = Record<string, never>, Done extends object = object> =
  | { ok: null }
  | ({ ok: true; at: number } & Done)
  | FormFailure<Values>;

/** The state before anything was sent. */
export const IDLE: { ok: null } = { ok: null };

type KeysOf<T> = T extends unknown ? keyof T : never;
type FieldOf<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

/**
 * What a form sends for a schema: each field as text, a repeated field (a list in the schema) as a list of texts,
 * any of them missing. For a union of schemas, the fields of every branch.
 */
export type FormValues<Schema extends z.ZodType> = {
  [K in KeysOf<z.input<Schema>>]?: NonNullable<FieldOf<z.input<Schema>, K>> extends readonly unknown[]
    ? string[]
    : string;
};

/** The small forms of a thread (answer, reply, close, follow, a consultation's message and rating): the text comes back. */
export type ThreadFormState = FormState<{ body?: string }>;
