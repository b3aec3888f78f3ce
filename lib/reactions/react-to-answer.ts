import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePages } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { DomainError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { ReactionKind } from "../generated/prisma/enums";
import { publishAnswerReactions } from "../realtime/publish-thread-message";
import { doctorName } from "../text/doctor-name";

export type ReactToAnswerOptions = {
  actor: Viewer;
  messageId: string;
  /** What the form sent; anything but THANKS or AGREE is refused. */
  kind: string;
  now?: Date;
};

export type AnswerReactions = { messageId: string; thanksCount: number; agreeCount: number };

export const NO_SUCH_ANSWER = "This answer does not exist.";
export const NO_SUCH_REACTION = "Choose to thank the doctor or to agree with the answer.";

const isReactionKind = (kind: string): kind is ReactionKind => kind === "THANKS" || kind === "AGREE";

/**
 * The patient who asked thanks a doctor for an answer, or another verified doctor agrees with it. Once per person,
 * answer and kind: the table's primary key decides, so a second click (or two at once) is a CONFLICT that says so
 * and changes nothing. Only visible answers on questions the actor may read.
 */
export async function reactToAnswer({
  actor,
  messageId,
  kind,
  now = new Date(),
}: ReactToAnswerOptions): Promise<AnswerReactions> {
  if (!isReactionKind(kind)) throw new DomainError("INVALID", NO_SUCH_REACTION);
  const refusal = writeRefusal(actor, kind === "THANKS" ? "thank doctors" : "agree with answers", now);
  if (refusal) throw refusal;
  if (!actor) throw new DomainError("FORBIDDEN", "Sign in first.");

  const message = await db().threadMessage.findUnique({
    where: { id: messageId },
    select: {
      kind: true,
      questionId: true,
      authorId: true,
      hiddenAt: true,
      deletedAt: true,
      author: { select: { name: true } },
      question: { select: { authorId: true, status: true, hiddenAt: true, deletedAt: true } },
    },
  });
  const question = message?.question;
  if (
    !message ||
    !question ||
    message.kind !== "ANSWER" ||
    message.deletedAt !== null ||
    message.hiddenAt !== null ||
    question.deletedAt !== null ||
    !can(actor, "question.read", {
      authorId: question.authorId,
      status: question.status,
      hidden: question.hiddenAt !== null,
    })
  ) {
    throw new DomainError("NOT_FOUND", NO_SUCH_ANSWER);
  }

  const resource = {
    questionAuthorId: question.authorId,
    answerAuthorId: message.authorId,
    questionHidden: question.hiddenAt !== null,
  };
  const doctor = doctorName(message.author.name);
  if (kind === "THANKS" && !can(actor, "answer.thank", resource, now)) {
    throw new DomainError("FORBIDDEN", "Only the patient who asked the question can thank the doctors who answered.");
  }
  if (kind === "AGREE" && !can(actor, "answer.agree", resource, now)) {
    throw new DomainError(
      "FORBIDDEN",
      actor.id === message.authorId
        ? "You cannot agree with your own answer."
        : "Only verified doctors can agree with another doctor's answer.",
    );
  }

  try {
    await db().messageReaction.create({ data: { messageId, userId: actor.id, kind, createdAt: now } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError(
        "CONFLICT",
        kind === "THANKS"
          ? `You already thanked ${doctor} for this answer.`
          : `You already agreed with ${doctor}'s answer.`,
      );
    }
    throw error;
  }

  const counts = await db().messageReaction.groupBy({ by: ["kind"], where: { messageId }, _count: { _all: true } });
  const countOf = (wanted: ReactionKind) => counts.find((row) => row.kind === wanted)?._count._all ?? 0;
  const reactions = { messageId, thanksCount: countOf("THANKS"), agreeCount: countOf("AGREE") };
  publishAnswerReactions({ questionId: message.questionId, ...reactions });
  // The counts show in the thread and on the answering doctor's profile.
  await invalidatePages([pageTags.question(message.questionId), pageTags.doctor(message.authorId)]);
  return reactions;
}
