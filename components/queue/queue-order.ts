import type { QueueQuestionRow } from "@/lib/realtime/queue-events";

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
