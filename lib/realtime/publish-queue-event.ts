// Published after askQuestion's commit: the new question reaches the open queue pages of its specialty's doctors.
// As with the thread's publisher, a failure is logged and swallowed (the question is saved; a reload shows it),
// and without a registered socket.io server it is a no-op.
import { db } from "../db";
import { queueRowsFor } from "../queue/list-doctor-queue";
import { queueRoom } from "./queue-events";
import { realtime } from "./registry";

export async function publishQueueQuestion(options: { questionId: number }): Promise<void> {
  const io = realtime();
  if (!io) return;
  try {
    const [row] = await queueRowsFor([options.questionId]);
    const question = await db().question.findUnique({
      where: { id: options.questionId },
      select: { status: true, hiddenAt: true, deletedAt: true },
    });
    if (!row || !question || question.status !== "OPEN" || question.hiddenAt || question.deletedAt) return;
    io.to(queueRoom(row.specialty.id)).emit("queue:question", { row });
  } catch (error) {
    console.error("publishQueueQuestion failed", { ...options, error });
  }
}
