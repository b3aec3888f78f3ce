// The one way a form's server action runs its use-case. A plain module (not "use server"): only actions import it.
import type { Viewer } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import type { FormFailure } from "@/lib/validation/form-state";

const UNEXPECTED = "That did not work because of a problem on our side. Nothing was changed: please try again.";

export type Attempt<Result, Values> = { ok: true; result: Result } | FormFailure<Values>;

type AttemptOptions<Values> = { what: string; values: Values; context?: Record<string, unknown>; unexpected?: string };

/**
 * Gets the actor and runs one use-case with it; a failure comes back as failureOf() words it. Redirects and
 * revalidation belong after it, outside its try: redirect() throws.
 */
export async function attempt<Result, Values>(
  options: AttemptOptions<Values>,
  act: (actor: Viewer) => Promise<Result>,
): Promise<Attempt<Result, Values>> {
  try {
    return { ok: true, result: await act(await currentActor()) };
  } catch (error) {
    return failureOf(error, options);
  }
}

/**
 * A DomainError as the form's failure (its code, message and field errors, with the values the form sent); anything
 * else logged with `what` and `context` and answered with one generic sentence (`unexpected` where the form says
 * more), never the error's own message.
 */
export function failureOf<Values>(error: unknown, options: AttemptOptions<Values>): FormFailure<Values> {
  const { what, values, context = {}, unexpected = UNEXPECTED } = options;
  if (isDomainError(error)) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  console.error(`${what} failed unexpectedly`, context, error);
  return { ok: false, code: "UNEXPECTED", message: unexpected, fieldErrors: {}, values };
}
