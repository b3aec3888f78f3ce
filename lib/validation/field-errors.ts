import type { z } from "zod";

/** Field → its messages, for forms; issues without a path go under "form". */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "form";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}
