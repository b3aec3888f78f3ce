"use server";

import { redirect } from "next/navigation";
import { attempt } from "@/app/_lib/form-action";
import { list, text } from "@/app/_lib/form-data";
import { runThreadAction } from "@/app/_lib/thread-action";
import { closeConsultation } from "@/lib/consultations/close-consultation";
import { markConsultationRead } from "@/lib/consultations/mark-consultation-read";
import { payForConsultation } from "@/lib/consultations/pay-for-consultation";
import { postConsultationMessage } from "@/lib/consultations/post-consultation-message";
import { rateConsultation } from "@/lib/consultations/rate-consultation";
import type { FormState, ThreadFormState } from "@/lib/validation/form-state";

const run = (
  what: string,
  consultationId: string | undefined,
  body: string | undefined,
  act: Parameters<typeof runThreadAction>[1],
) =>
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
    attachmentIds: list(formData, "attachmentIds"),
  };
  return run("posting a consultation message", input.consultationId, input.body, (actor) =>
    postConsultationMessage({ actor, input }),
  );
}

export async function closeConsultationAction(
  _previous: ThreadFormState,
  formData: FormData,
): Promise<ThreadFormState> {
  const consultationId = text(formData, "consultationId") ?? "";
  return run("closing a consultation", consultationId, undefined, (actor) =>
    closeConsultation({ actor, consultationId }),
  );
}

export async function rateConsultationAction(_previous: ThreadFormState, formData: FormData): Promise<ThreadFormState> {
  const input = {
    consultationId: text(formData, "consultationId"),
    stars: text(formData, "stars"),
    comment: text(formData, "comment"),
  };
  return run("rating a consultation", input.consultationId, input.comment, (actor) =>
    rateConsultation({ actor, input }),
  );
}

/** "Pay now": a fresh checkout at the payment provider (or the sandbox), then off to it. */
export async function payForConsultationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const consultationId = text(formData, "consultationId") ?? "";
  const outcome = await attempt(
    {
      what: "opening a checkout",
      context: { consultationId },
      values: {},
      unexpected: "The payment page could not be opened because of a problem on our side. Please try again.",
    },
    (actor) => payForConsultation({ actor, consultationId }),
  );
  if (!outcome.ok) return outcome;
  redirect(outcome.result.checkoutUrl);
}

/**
 * The thread is on the participant's screen: the other person's messages are read now. Sent by the page once it is
 * visible (rendering it changes nothing); nothing to show the reader, so failures are only logged.
 */
export async function markConsultationReadAction(consultationId: string): Promise<void> {
  if (typeof consultationId !== "string") return;
  await attempt({ what: "marking a consultation read", context: { consultationId }, values: {} }, (viewer) =>
    markConsultationRead({ viewer, consultationId }),
  );
}
