"use server";

import { redirect } from "next/navigation";
import { text } from "@/app/_lib/form-data";
import { runThreadAction, type ThreadFormState } from "@/app/_lib/thread-action";
import { currentActor } from "@/lib/auth/session";
import { closeConsultation } from "@/lib/consultations/close-consultation";
import { markConsultationRead } from "@/lib/consultations/mark-consultation-read";
import { payForConsultation } from "@/lib/consultations/pay-for-consultation";
import { postConsultationMessage } from "@/lib/consultations/post-consultation-message";
import { rateConsultation } from "@/lib/consultations/rate-consultation";
import { isDomainError } from "@/lib/errors";

const run = (what: string, consultationId: string | undefined, body: string | undefined, act: () => Promise<unknown>) =>
  runThreadAction(
    {
      what,
      context: { consultationId },
      body,
      path: consultationId && /^[a-z0-9]{1,40}$/i.test(consultationId) ? `/consultations/${consultationId}` : null,
    },
    act,
  );

export async function postConsultationMessageAction(
  _previous: ThreadFormState,
  formData: FormData,
): Promise<ThreadFormState> {
  const input = {
    consultationId: text(formData, "consultationId"),
    body: text(formData, "body"),
    attachmentIds: formData.getAll("attachmentIds").filter((id): id is string => typeof id === "string"),
  };
  return run("posting a consultation message", input.consultationId, input.body, async () =>
    postConsultationMessage({ actor: await currentActor(), input }),
  );
}

export async function closeConsultationAction(
  _previous: ThreadFormState,
  formData: FormData,
): Promise<ThreadFormState> {
  const consultationId = text(formData, "consultationId") ?? "";
  return run("closing a consultation", consultationId, undefined, async () =>
    closeConsultation({ actor: await currentActor(), consultationId }),
  );
}

export async function rateConsultationAction(_previous: ThreadFormState, formData: FormData): Promise<ThreadFormState> {
  const input = {
    consultationId: text(formData, "consultationId"),
    stars: text(formData, "stars"),
    comment: text(formData, "comment"),
  };
  return run("rating a consultation", input.consultationId, input.comment, async () =>
    rateConsultation({ actor: await currentActor(), input }),
  );
}

export type PayState = { ok: null } | { ok: false; message: string };

/** "Pay now": a fresh checkout at the payment provider (or the sandbox), then off to it. */
export async function payForConsultationAction(_previous: PayState, formData: FormData): Promise<PayState> {
  const consultationId = text(formData, "consultationId") ?? "";
  let checkoutUrl: string;
  try {
    ({ checkoutUrl } = await payForConsultation({ actor: await currentActor(), consultationId }));
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message };
    console.error("opening a checkout failed unexpectedly", { consultationId }, error);
    return {
      ok: false,
      message: "The payment page could not be opened because of a problem on our side. Please try again.",
    };
  }
  redirect(checkoutUrl);
}

/**
 * The thread is on the participant's screen: the other person's messages are read now. Sent by the page once it is
 * visible (rendering it changes nothing); nothing to show the reader, so failures are only logged.
 */
export async function markConsultationReadAction(consultationId: string): Promise<void> {
  if (typeof consultationId !== "string") return;
  try {
    await markConsultationRead({ viewer: await currentActor(), consultationId });
  } catch (error) {
    if (isDomainError(error)) return;
    console.error("marking a consultation read failed unexpectedly", { consultationId }, error);
  }
}
