// Shared by the answer/reply forms and their use-cases.
import { z } from "zod";
import { MESSAGE_LIMITS } from "./message-limits";

const body = (max: number) =>
  z
    .string({ error: "Write your message." })
    .trim()
    .min(MESSAGE_LIMITS.bodyMin, "Write your message.")
    .max(max, `Keep your message under ${max} characters.`);

export const ZPostAnswer = z.object({
  questionId: z.coerce.number().int().positive(),
  body: body(MESSAGE_LIMITS.answerMax),
});
export type TPostAnswer = z.infer<typeof ZPostAnswer>;

export const ZPostReply = z.object({
  questionId: z.coerce.number().int().positive(),
  /** The answer this reply sits under; the reply is addressed to that answer's author unless replying to a reply. */
  answerId: z.string().min(1).max(40),
  /** Optional: the reply being answered within that answer's thread (its author becomes the addressee). */
  inReplyToId: z.string().min(1).max(40).optional(),
  body: body(MESSAGE_LIMITS.replyMax),
  attachmentIds: z
    .array(z.string().min(1).max(40))
    .max(MESSAGE_LIMITS.attachmentsMax, `Attach at most ${MESSAGE_LIMITS.attachmentsMax} files.`)
    .default([]),
});
export type TPostReply = z.infer<typeof ZPostReply>;
