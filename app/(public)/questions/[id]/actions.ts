"use server";

import { list, text } from "@/app/_lib/form-data";
import { runThreadAction } from "@/app/_lib/thread-action";
import { postAnswer } from "@/lib/messages/post-answer";
import { postReply } from "@/lib/messages/post-reply";
import { closeQuestion } from "@/lib/questions/close-question";
import { followQuestion } from "@/lib/questions/follow-question";
import type { ThreadFormState } from "@/lib/validation/form-state";

const run = (
  what: string,
  questionId: string | undefined,
  body: string | undefined,
  act: Parameters<typeof runThreadAction>[1],
) =>
  runThreadAction({ what, context: { questionId }, body, path: questionId ? `/questions/${questionId}` : null }, act);

export async function postAnswerAction(_previous: ThreadFormState, formData: FormData): Promise<ThreadFormState> {
  const input = { questionId: text(formData, "questionId"), body: text(formData, "body") };
  return run("posting an answer", input.questionId, input.body, (actor) => postAnswer({ actor, input }));
}

export async function postReplyAction(_previous: ThreadFormState, formData: FormData): Promise<ThreadFormState> {
  const input = {
    questionId: text(formData, "questionId"),
    answerId: text(formData, "answerId"),
    inReplyToId: text(formData, "inReplyToId") || undefined,
    body: text(formData, "body"),
    attachmentIds: list(formData, "attachmentIds"),
  };
  return run("posting a reply", input.questionId, input.body, (actor) => postReply({ actor, input }));
}

export async function closeQuestionAction(_previous: ThreadFormState, formData: FormData): Promise<ThreadFormState> {
  const input = { questionId: text(formData, "questionId"), reason: text(formData, "reason") };
  return run("closing a question", input.questionId, input.reason, (actor) => closeQuestion({ actor, input }));
}

export async function followQuestionAction(_previous: ThreadFormState, formData: FormData): Promise<ThreadFormState> {
  const questionId = text(formData, "questionId");
  const follow = text(formData, "follow") === "true";
  return run("following a question", questionId, undefined, (actor) =>
    followQuestion({ actor, questionId: Number(questionId), follow }),
  );
}
