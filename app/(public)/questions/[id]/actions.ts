"use server";

import { text } from "@/app/_lib/form-data";
import { runThreadAction, type ThreadFormState } from "@/app/_lib/thread-action";
import { currentActor } from "@/lib/auth/session";
import { postAnswer } from "@/lib/messages/post-answer";
import { postReply } from "@/lib/messages/post-reply";
import { closeQuestion } from "@/lib/questions/close-question";
import { followQuestion } from "@/lib/questions/follow-question";

const run = (what: string, questionId: string | undefined, body: string | undefined, act: () => Promise<unknown>) =>
  runThreadAction({ what, context: { questionId }, body, path: questionId ? `/questions/${questionId}` : null }, act);

export async function postAnswerAction(_previous: ThreadFormState, formData: FormData): Promise<ThreadFormState> {
  const input = { questionId: text(formData, "questionId"), body: text(formData, "body") };
  return run("posting an answer", input.questionId, input.body, async () =>
    postAnswer({ actor: await currentActor(), input }),
  );
}

export async function postReplyAction(_previous: ThreadFormState, formData: FormData): Promise<ThreadFormState> {
  const input = {
    questionId: text(formData, "questionId"),
    answerId: text(formData, "answerId"),
    inReplyToId: text(formData, "inReplyToId") || undefined,
    body: text(formData, "body"),
    attachmentIds: formData.getAll("attachmentIds").filter((id): id is string => typeof id === "string"),
  };
  return run("posting a reply", input.questionId, input.body, async () =>
    postReply({ actor: await currentActor(), input }),
  );
}

export async function closeQuestionAction(_previous: ThreadFormState, formData: FormData): Promise<ThreadFormState> {
  const input = { questionId: text(formData, "questionId"), reason: text(formData, "reason") };
  return run("closing a question", input.questionId, input.reason, async () =>
    closeQuestion({ actor: await currentActor(), input }),
  );
}

export async function followQuestionAction(_previous: ThreadFormState, formData: FormData): Promise<ThreadFormState> {
  const questionId = text(formData, "questionId");
  const follow = text(formData, "follow") === "true";
  return run("following a question", questionId, undefined, async () =>
    followQuestion({ actor: await currentActor(), questionId: Number(questionId), follow }),
  );
}
