import { claimAttachments } from "../attachments/claim-attachments";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePages } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { DomainError } from "../errors";
import { assertWithinLimits } from "../limits/assert-within-limits";
import { oweThreadNotices, payThreadNotices } from "../notifications/thread-notices";
import { lockQuestion } from "../questions/lock-question";
import { publishThreadMessage } from "../realtime/publish-thread-message";
import { ZPostReply } from "../validation/message";
import { MESSAGE_LIMITS } from "../validation/message-limits";
import { parseInput } from "../validation/parse-input";
import type { PostedMessage } from "./post-answer";

export type PostReplyOptions = {
  actor: Viewer;
  /** The form's values; parsed here with ZPostReply. */
  input: unknown;
  now?: Date;
};

export const CLOSED_TO_REPLIES = "This question is closed and accepts no new replies.";
const NO_SUCH_ANSWER = "This answer is no longer available to reply to.";
const NO_SUCH_REPLY = "The message you are replying to is no longer available.";

/**
 * The asker or a verified doctor replies under one answer of an open question, speaking to that answer's
 * author, or to the author of the reply named by inReplyToId ("Mark → Dr. Irina", then "Dr. Irina → Mark").
 * In one transaction: the reply, its attachments, the question's activity time, the replier following
 * the question, and the notifications it owes. After the commit: published live, then the notifications written.
 */
export async function postReply({ actor, input, now = new Date() }: PostReplyOptions): Promise<PostedMessage> {
  const refusal = writeRefusal(actor, "reply", now);
  if (refusal) throw refusal;
  const { questionId, answerId, inReplyToId, body, attachmentIds } = parseInput(ZPostReply, input);

  const posted = await db().$transaction(async (tx) => {
    const question = await lockQuestion(tx, { questionId, viewer: actor });
    if (question.status === "CLOSED") throw new DomainError("CONFLICT", CLOSED_TO_REPLIES);
    if (!actor || !can(actor, "reply.post", question, now)) {
      throw new DomainError("FORBIDDEN", "Only the person who asked and verified doctors can reply here.");
    }

    // A hidden answer is answered as missing: its conversation is on hold while a moderator has it.
    const answer = await tx.threadMessage.findFirst({
      where: { id: answerId, questionId, kind: "ANSWER", deletedAt: null, hiddenAt: null },
      select: { id: true, authorId: true },
    });
    if (!answer) throw new DomainError("NOT_FOUND", NO_SUCH_ANSWER);
    let speakingTo = answer.authorId;
    if (inReplyToId) {
      const earlier = await tx.threadMessage.findFirst({
        where: { id: inReplyToId, parentId: answer.id, kind: "REPLY", deletedAt: null, hiddenAt: null },
        select: { authorId: true },
      });
      if (!earlier) throw new DomainError("NOT_FOUND", NO_SUCH_REPLY);
      speakingTo = earlier.authorId;
    }
    // Nobody speaks to themself: a doctor under their own answer speaks to the asker, and the asker
    // answering their own reply still speaks to the doctor whose answer it is.
    const addresseeId = [speakingTo, answer.authorId, question.authorId].find((id) => id !== actor.id) ?? null;

    await assertWithinLimits(tx, { actor, action: "message", now });
    const reply = await tx.threadMessage.create({
      data: { questionId, kind: "REPLY", parentId: answer.id, authorId: actor.id, addresseeId, body, createdAt: now },
      select: { id: true },
    });
    await claimAttachments(tx, {
      ownerId: actor.id,
      attachmentIds,
      target: { messageId: reply.id },
      max: MESSAGE_LIMITS.attachmentsMax,
    });
    await tx.question.update({ where: { id: questionId }, data: { lastActivityAt: now } });
    // Taking part in a conversation follows it, as answering does, so the replier hears the response.
    await tx.follow.createMany({ data: [{ userId: actor.id, questionId, createdAt: now }], skipDuplicates: true });
    // The followers are told after the broadcast (payThreadNotices below); the debt commits with the reply.
    await oweThreadNotices(tx, { messageId: reply.id, now });
    return { questionId, messageId: reply.id };
  });

  await publishThreadMessage(posted);
  await payThreadNotices(posted.messageId).catch((error: unknown) =>
    // Still owed: the worker's payOverdueThreadNotices writes them within a minute.
    console.error("notifying followers failed; the worker will retry", { ...posted, error }),
  );
  await invalidatePages([pageTags.question(posted.questionId)]);
  return posted;
}
