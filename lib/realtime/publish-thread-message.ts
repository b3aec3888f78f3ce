// What use-cases call after their commit to tell every open copy of a question's page. The post is already saved,
// so a failure here is logged and swallowed: a page that misses an event catches up on its next join, and a reload
// always shows the truth. Without a registered socket.io server (scripts, most tests) both are no-ops.
import { can } from "../auth/permissions";
import { db } from "../db";
import { findPublicThreadMessageEvent } from "../messages/list-thread-messages-since";
import { type AnswerReactionsEvent, questionRoom } from "./events";
import { publishQueueUpdate } from "./publish-queue-event";
import { realtime } from "./registry";

/**
 * Broadcasts a new answer or reply to the question's room. The payload is what an anonymous visitor may see —
 * the room mixes visitors, patients, doctors and staff — and clients re-render the thread for their own view.
 */
export async function publishThreadMessage(options: { questionId: number; messageId: string }): Promise<void> {
  const io = realtime();
  if (!io) return;
  try {
    const event = await findPublicThreadMessageEvent(options);
    // Null: hidden or deleted before we got here, or in a hidden question; nobody in the room gets its content.
    if (event) io.to(questionRoom(options.questionId)).emit("thread:message", event);
  } catch (error) {
    console.error("publishThreadMessage failed", { ...options, error });
  }
}

/** Broadcasts a question's status (closed or reopened), so open pages stop offering the answer and reply forms. */
export async function publishQuestionStatus(options: { questionId: number }): Promise<void> {
  const io = realtime();
  if (!io) return;
  // Closed, hidden or restored: doctors' open queues drop or keep the question too.
  await publishQueueUpdate(options);
  try {
    const question = await db().question.findUnique({
      where: { id: options.questionId },
      select: { authorId: true, status: true, closeReason: true, hiddenAt: true, deletedAt: true },
    });
    const hidden = question?.hiddenAt != null;
    if (!question || question.deletedAt !== null || !can(null, "question.read", { ...question, hidden })) return;
    io.to(questionRoom(options.questionId)).emit("question:status", {
      questionId: options.questionId,
      status: question.status,
      closeReason: question.closeReason,
    });
  } catch (error) {
    console.error("publishQuestionStatus failed", { ...options, error });
  }
}

/**
 * Broadcasts an answer's new thanks and agree counts (public on the page), so open copies of the thread show them.
 * reactToAnswer only reacts to visible answers on questions a visitor may read.
 */
export function publishAnswerReactions(event: AnswerReactionsEvent): void {
  try {
    realtime()?.to(questionRoom(event.questionId)).emit("answer:reactions", event);
  } catch (error) {
    console.error("publishAnswerReactions failed", { ...event, error });
  }
}
