// The one way the thread forms' server actions (answers, replies, closing, following, consultation messages and
// ratings) run a use-case: through attempt(), then the thread's page is rendered again.
import { revalidatePath } from "next/cache";
import type { Viewer } from "@/lib/auth/permissions";
import type { ThreadFormState } from "@/lib/validation/form-state";
import { attempt } from "./form-action";

const UNEXPECTED = "That did not work because of a problem on our side. Your text is still here: please try again.";

/** Runs one use-case into the thread form's state; on success the page at `path` is rendered again. */
export async function runThreadAction(
  options: { what: string; context: Record<string, unknown>; body: string | undefined; path: string | null },
  act: (actor: Viewer) => Promise<unknown>,
): Promise<ThreadFormState> {
  const { what, context, body, path } = options;
  const outcome = await attempt({ what, context, values: { body }, unexpected: UNEXPECTED }, act);
  if (!outcome.ok) return outcome;
  if (path) revalidatePath(path);
  return { ok: true, at: Date.now() };
}
