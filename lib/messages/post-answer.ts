import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePages } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { DomainError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { assertWithinLimits } from "../limits/assert-within-limits";
import { oweThreadNotices, payThreadNotices } from "../notifications/thread-notices";
import { lockQuestion } from "../questions/lock-question";
import { publishQueueUpdate } from "../realtime/publish-queue-event";
import { publishThreadMessage } from "../realtime/publish-thread-message";
import { ZPostAnswer } from "../validation/message";
import { parseInput } from "../validation/parse-input";

export type PostAnswerOptions = {
  actor: Viewer;
  /** The form's values; parsed here with ZPostAnswer. */
  input: unknown;
  now?: Date;
};

export type PostedMessage = { questionId: number; messageId: string };

export const CLOSED_TO_ANSWERS = "This question is closed and accepts no new answers.";
export const ALREADY_ANSWERED = "You have already answered; add a reply under your answer instead.";

/**
 * A verified doctor answers an open question, once. In one transaction: the answer, the question's
 * answer count and activity time, the doctor following the question, and the notifications it owes the followers.
 * After the commit: published live, then the followers' notifications written (thread-notices.ts).
 */
export async function postAnswer({ actor, input, now = new Date() }: PostAnswerOptions): Promise<PostedMessage> {
  const refusal = writeRefusal(actor, "answer questions", now);
  if (refusal) throw refusal;
  const { questionId, body } = parseInput(ZPostAnswer, input);

  const posted = await db()
    .$transaction(async (tx) => {
      const question = await lockQuestion(tx, { questionId, viewer: actor });
      // Closed comes first: "closed" is what the doctor needs to hear, not that they lack a permission.
      if (question.status === "CLOSED") throw new DomainError("CONFLICT", CLOSED_TO_ANSWERS);
      if (!actor || !can(actor, "answer.post", question, now)) {
        throw new DomainError(
          "FORBIDDEN",
          actor?.role === "DOCTOR"
            ? "You can answer once an administrator has verified your doctor profile."
            : "Only verified doctors can answer questions.",
        );
      }
      // One round trip for both reads and one for the question's count and the follow: every statement here holds
      // the question's row lock and the live broadcast, and costs ~1 ms of Prisma client CPU for a few µs of
      // database work (EXPLAIN ANALYZE), so the transaction takes 8 statements, not 10.
      const [mine] = await tx.$queryRaw<{ answered: boolean; inSpecialty: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM "ThreadMessage" WHERE "questionId" = ${questionId} AND "authorId" = ${actor.id}
                         AND "kind" = 'ANSWER' AND "deletedAt" IS NULL) AS answered,
               EXISTS (SELECT 1 FROM "DoctorSpecialty" WHERE "doctorId" = ${actor.id}
                         AND "specialtyId" = ${question.specialtyId}) AS "inSpecialty"`;
      if (mine?.answered) throw new DomainError("CONFLICT", ALREADY_ANSWERED);
      await assertWithinLimits(tx, { actor, action: "message", now });

      const answer = await tx.threadMessage.create({
        data: {
          questionId,
          kind: "ANSWER",
          authorId: actor.id,
          body,
          outsideSpecialty: !mine?.inSpecialty,
          createdAt: now,
        },
        select: { id: true },
      });
      // The answer count and activity time (updatedAt set by hand, as Prisma's @updatedAt would: the clock, not
      // `now`), and the doctor following the question (once).
      await tx.$executeRaw`
        WITH counted AS (
          UPDATE "Question" SET "answerCount" = "answerCount" + 1, "lastActivityAt" = ${now}, "updatedAt" = ${new Date()}
           WHERE "id" = ${questionId})
        INSERT INTO "Follow" ("userId", "questionId", "createdAt") VALUES (${actor.id}, ${questionId}, ${now})
        ON CONFLICT DO NOTHING`;
      // The followers are told after the broadcast (payThreadNotices below); the debt commits with the answer.
      await oweThreadNotices(tx, { messageId: answer.id, now });
      return { questionId, messageId: answer.id };
    })
    .catch((error: unknown) => {
      // The question's row lock already serialises one doctor's answers; the partial unique index
      // (ThreadMessage_one_answer_per_doctor_key) is the last word should any path skip that lock.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new DomainError("CONFLICT", ALREADY_ANSWERED);
      }
      throw error;
    });

  await publishThreadMessage(posted);
  await payThreadNotices(posted.messageId).catch((error: unknown) =>
    // Still owed: the worker's payOverdueThreadNotices writes them within a minute.
    console.error("notifying followers failed; the worker will retry", { ...posted, error }),
  );
  await publishQueueUpdate({ questionId: posted.questionId });
  // The thread, the lists counting its answers (home shows "unanswered") and the doctor's profile.
  await invalidatePages([
    pageTags.question(posted.questionId),
    pageTags.home,
    ...(actor ? [pageTags.doctor(actor.id)] : []),
  ]);
  return posted;
}
