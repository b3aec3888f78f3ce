import { pageTags } from "../cache/page-tags";
import type { ComplaintTarget } from "./load-complaint-target";

/**
 * The cached pages a moderation outcome on this target can change: its thread and the lists showing the question,
 * and for a doctor's post or a doctor, their profile (its answers and counts).
 */
export function complaintTargetPageTags(target: ComplaintTarget): string[] {
  const tags: string[] = [];
  if (target.question) tags.push(pageTags.question(target.question.id), pageTags.home);
  if (target.author?.role === "DOCTOR") tags.push(pageTags.doctor(target.author.id));
  return tags;
}
