// Question views arrive as beacons from every reader's browser. Each one only joins an in-memory buffer here; a timer
// writes the buffer every FLUSH_EVERY_MS with one statement (recordQuestionViews), so a wave of readers costs one
// write every two seconds rather than one transaction per view. The buffer lives on globalThis: route handlers run
// inside Next's bundle and server.ts outside it, and both must reach the same buffer (server.ts flushes it on close).
import {
  type PendingQuestionView,
  pendingViewOf,
  type QuestionViewInput,
  recordQuestionViews,
} from "./record-question-views";

const FLUSH_EVERY_MS = 2_000;
/** Past this many pending views the buffer is written at once instead of waiting for the timer. */
const MAX_PENDING = 5_000;

type ViewBuffer = { pending: Map<string, PendingQuestionView>; timer?: NodeJS.Timeout; flushing?: Promise<number> };

const globalForViews = globalThis as unknown as { consiliumQuestionViews?: ViewBuffer };

function buffer(): ViewBuffer {
  if (!globalForViews.consiliumQuestionViews) {
    globalForViews.consiliumQuestionViews = { pending: new Map() };
    // A process that runs out of work (a script, a server whose close() did not flush) still writes what it queued.
    process.once("beforeExit", () => void flushQuestionViews());
  }
  return globalForViews.consiliumQuestionViews;
}

/**
 * Queues one view of a question (counted once per viewer and UTC day when the buffer is written). Same viewer, same
 * question, same day twice in one interval is one entry: reloading does not even grow the buffer.
 */
export function countQuestionView(view: QuestionViewInput): void {
  const pendingView = pendingViewOf(view);
  if (!pendingView) return;
  const views = buffer();
  views.pending.set(`${pendingView.questionId}:${pendingView.viewerDigest}:${pendingView.day}`, pendingView);
  if (views.pending.size >= MAX_PENDING) {
    void flushQuestionViews();
    return;
  }
  if (!views.timer) {
    views.timer = setTimeout(() => {
      views.timer = undefined;
      void flushQuestionViews();
    }, FLUSH_EVERY_MS);
    // A pending flush must not keep a finished process (a test, a script) alive; server.ts flushes on close.
    views.timer.unref();
  }
}

/**
 * Writes every queued view now; resolves with how many were new. Views that fail to be written are logged and
 * dropped (a view count is not worth retrying forever, nor worth failing the reader's request).
 */
export async function flushQuestionViews(): Promise<number> {
  const views = buffer();
  // One flush at a time, so two flushes never write the same view concurrently.
  await views.flushing?.catch(() => undefined);
  if (views.timer) {
    clearTimeout(views.timer);
    views.timer = undefined;
  }
  if (views.pending.size === 0) return 0;
  const batch = [...views.pending.values()];
  views.pending = new Map();
  views.flushing = recordQuestionViews(batch).catch((error: unknown) => {
    console.error("question views flush failed", { views: batch.length, error });
    return 0;
  });
  return views.flushing;
}
