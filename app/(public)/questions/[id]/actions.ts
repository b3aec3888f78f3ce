"use server";

import { revalidatePath } from "next/cache";
import { text } from "@/app/_lib/form-data";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { postAnswer } from "@/lib/messages/post-answer";
import { postReply } from "@/lib/messages/post-reply";
import { closeQuestion } from "@/lib/questions/close-question";
import { followQuestion } from "@/lib/questions/follow-question";

/** The state every thread form shares: on failure the message and what was typed come back. */
export type ThreadFormState =
  | { ok: null }
  | { ok: true; at: number }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; body?: string };

/** Runs one use-case and turns its outcome into form state; unexpected errors are logged, never shown raw. */
async function run(
  what: string,
  questionId: string | undefined,
  body: string | undefined,
  act: () => Promise<unknown>,
) {
  try {
    await act();
  } catch (error) {
    if (isDomainError(error))
      return { ok: false, message: error.message, fieldErrors: error.fieldErrors, body } as const;
    console.error(`${what} failed unexpectedly`, { questionId }, error);
    return {
      ok: false,
      message: "That did not work because of a problem on our side. Your text is still here: please try again.",
      fieldErrors: {},
      body,
    } as const;
  }
  if (questionId) revalidatePath(`/questions/${questionId}`);
  return { ok: true, at: Date.now() } as const;
}

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
