import type { QueueQuestionRow, QueueUpdateEvent } from "@/lib/realtime/queue-events";

/** The queue's order, as listDoctorQueue sorts in SQL: urgent first, then unanswered, then the longest waiting. */
export function compareQueueRows(a: QueueQuestionRow, b: QueueQuestionRow): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  const aOpen = a.answerCount === 0;
  const bOpen = b.answerCount === 0;
  if (aOpen !== bOpen) return aOpen ? -1 : 1;
  const byTime = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return byTime !== 0 ? byTime : a.questionId - b.questionId;
}

/**
 * Where a new row goes in the page's rows: its place by the queue's order, or null when that place is past the end
 * of a page that has more after it (the row belongs to a later page).
 */
export function insertionIndex(rows: QueueQuestionRow[], row: QueueQuestionRow, hasMore: boolean): number | null {
  const index = rows.findIndex((existing) => compareQueueRows(row, existing) < 0);
  if (index >= 0) return index;
  return hasMore ? null : rows.length;
}

/**
 * The page's rows after a queued question changed: updated and moved to its new place (answered questions sort
 * after unanswered ones; one that now belongs to a later page stays at the end), or dropped when it left the queue
 * or when the viewing doctor answered it. Rows the page does not show are not added.
 */
export function applyQueueUpdate(
  rows: QueueQuestionRow[],
  event: QueueUpdateEvent,
  options: { doctorId: string; hasMore: boolean },
): QueueQuestionRow[] {
  const existing = rows.find((row) => row.questionId === event.questionId);
  if (!existing) return rows;
  const rest = rows.filter((row) => row.questionId !== event.questionId);
  if (!event.open || event.answeredByIds.includes(options.doctorId)) return rest;
  const updated = { ...existing, answerCount: event.answerCount, answering: event.answering };
  const index = insertionIndex(rest, updated, options.hasMore) ?? rest.length;
  return [...rest.slice(0, index), updated, ...rest.slice(index)];
}
