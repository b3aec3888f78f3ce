import { DomainError } from "../errors";
import { isSuspended, type Viewer } from "./permissions";

/** The refusal a signed-out or suspended person gets before any role rule, or null when neither applies. */
export function writeRefusal(viewer: Viewer, doing: string, now: Date = new Date()): DomainError | null {
  if (!viewer) return new DomainError("FORBIDDEN", `Sign in to ${doing}.`);
  if (isSuspended(viewer, now)) {
    const until = viewer.suspendedUntil ? ` until ${viewer.suspendedUntil.toISOString().slice(0, 10)}` : "";
    return new DomainError("FORBIDDEN", `Your account is suspended${until}: you cannot ${doing}.`);
  }
  return null;
}
