// Published after askQuestion's commit: the new question reaches the open queue pages of its specialty's doctors;
// and after an answer, a close or a change of who is answering, the row is updated there. As with the thread's
// publisher, a failure is logged and swallowed (the change is saved; a reload shows it), and without a registered
// socket.io server it is a no-op.
import { db } from "../db";
import { listAnsweringDoctors } from "../questions/list-answering-doctors";
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

/** `answering`: the names, when the caller has just read them (the soft-lock handler does). */
export async function publishQueueUpdate(options: { questionId: number; answering?: string[] }): Promise<void> {
  const io = realtime();
  if (!io) return;
  try {
    const question = await db().question.findUnique({
      where: { id: options.questionId },
      select: {
        specialtyId: true,
        status: true,
        hiddenAt: true,
        deletedAt: true,
        answerCount: true,
        messages: {
          where: { kind: "ANSWER", hiddenAt: null, deletedAt: null },
          select: { authorId: true },
        },
      },
    });
    if (!question) return;
    const answering =
      options.answering ??
      (await listAnsweringDoctors({ questionId: options.questionId })).map((doctor) => doctor.name);
    io.to(queueRoom(question.specialtyId)).emit("queue:update", {
      questionId: options.questionId,
      open: question.status === "OPEN" && question.hiddenAt === null && question.deletedAt === null,
      answerCount: question.answerCount,
      answering,
      answeredByIds: question.messages.map((message) => message.authorId),
    });
  } catch (error) {
    console.error("publishQueueUpdate failed", { ...options, error });
  }
}
