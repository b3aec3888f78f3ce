// The form state of every thread form (answers, replies, closing, following, consultation messages and ratings) and
// the one way their server actions run a use-case into it.
import { revalidatePath } from "next/cache";
import { isDomainError } from "@/lib/errors";

/** The state every thread form shares: on failure the message and what was typed come back. */
export type ThreadFormState =
  | { ok: null }
  | { ok: true; at: number }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; body?: string };

const UNEXPECTED = "That did not work because of a problem on our side. Your text is still here: please try again.";

/**
 * Runs one use-case and turns its outcome into form state: a DomainError's message and field errors with the typed
 * text; anything else logged with `what` and `context`, never shown raw. On success the page at `path` is rendered
 * again.
 */
export async function runThreadAction(
  options: { what: string; context: Record<string, unknown>; body: string | undefined; path: string | null },
  act: () => Promise<unknown>,
): Promise<ThreadFormState> {
  const { what, context, body, path } = options;
  try {
    await act();
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, body };
    console.error(`${what} failed unexpectedly`, context, error);
    return { ok: false, message: UNEXPECTED, fieldErrors: {}, body };
  }
  if (path) revalidatePath(path);
  return { ok: true, at: Date.now() };
}
