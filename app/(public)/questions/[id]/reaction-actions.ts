"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { reactToAnswer } from "@/lib/reactions/react-to-answer";

export type ReactionState = { ok: null } | { ok: true } | { ok: false; message: string };

/** Thank (the asker) or agree (another doctor) with one answer. */
export async function reactToAnswerAction(_previous: ReactionState, formData: FormData): Promise<ReactionState> {
  const messageId = String(formData.get("messageId") ?? "");
  const questionId = String(formData.get("questionId") ?? "");
  const kind = formData.get("kind") === "AGREE" ? "AGREE" : "THANKS";
  try {
    await reactToAnswer({ actor: await currentActor(), messageId, kind });
  } catch (error) {
    if (!isDomainError(error)) {
      console.error("reacting to an answer failed unexpectedly", { messageId, kind }, error);
      return { ok: false, message: "That did not work because of a problem on our side. Please try again." };
    }
    return { ok: false, message: error.message };
  }
  if (/^\d+$/.test(questionId)) revalidatePath(`/questions/${questionId}`);
  return { ok: true };
}
