// Paid private consultations, written as the application itself leaves them: startConsultation (consultation, first
// message, payment CREATED), the sandbox checkout (PENDING, cs_sandbox_…), the provider's confirmation through the
// webhook (SUCCEEDED, evt_sandbox_…; the consultation ACTIVE with paidAt and the answer deadline), the doctor's first
// message (ANSWERED), the patient's rating (CLOSED), or the deadline job's refund (REFUNDED, re_sandbox_…).
import { recordAudit } from "../../lib/audit/record-audit";
import type { Tx } from "../../lib/db";
import { env } from "../../lib/env";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { ConsultationState } from "../../lib/generated/prisma/enums";
import { REFUND_COMPLETED_TYPE, REFUND_REQUEST_TYPES } from "../../lib/payments/refund-requests";
import { sandboxSessionEvent } from "../../lib/payments/sandbox-events";
import { sandboxCheckoutPath } from "../../lib/payments/sandbox-provider";
import { STORY_QUESTION } from "./consultation";
import { PRIVATE_CONSULTATIONS, type SeedPrivateConsultation } from "./private-consultation-texts";
import { daysBefore, minutesAfter, newId, randomInt } from "./random";
import type { createQuestions } from "./threads";

type Context = Parameters<typeof createQuestions>[1];

const PROVIDER = "sandbox";

/** Hex digits from the seeded generator: sandbox ids look like the provider's (cs_sandbox_<24 hex>). */
function seededHex(random: () => number, length: number): string {
  let hex = "";
  for (let index = 0; index < length; index++) hex += Math.floor(random() * 16).toString(16);
  return hex;
}

function seededUuid(random: () => number): string {
  const hex = seededHex(random, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Creates the demo's paid consultations; returns their ids in the order of PRIVATE_CONSULTATIONS. */
export async function createPrivateConsultations(tx: Tx, context: Context): Promise<string[]> {
  const story = await tx.question.findFirstOrThrow({ where: { title: STORY_QUESTION.title }, select: { id: true } });
  const ids: string[] = [];
  for (const seed of PRIVATE_CONSULTATIONS) ids.push(await createPaidConsultation(tx, context, seed, story.id));
  return ids;
}

async function createPaidConsultation(
  tx: Tx,
  context: Context,
  seed: SeedPrivateConsultation,
  storyQuestionId: number,
): Promise<string> {
  const { now, random, people } = context;
  const patientId = people.userIds[seed.patient];
  const doctorId = people.userIds[seed.doctor];
  const doctor = await tx.doctorProfile.findUniqueOrThrow({
    where: { userId: doctorId },
    select: {
      consultationPriceMinor: true,
      consultationCurrency: true,
      specialties: { where: { isPrimary: true }, select: { specialtyId: true } },
    },
  });
  if (doctor.consultationPriceMinor === null) throw new Error(`Seed: ${seed.doctor} takes no consultations`);
  const priceMinor = doctor.consultationPriceMinor;
  const currency = doctor.consultationCurrency;

  const startedAt =
    "daysAgo" in seed.started
      ? daysBefore(now, seed.started.daysAgo, seed.started.minuteOfDay + randomInt(random, 0, 9))
      : minutesAfter(now, -seed.started.minutesAgo - randomInt(random, 0, 20));
  const at = (minutes: number) => minutesAfter(startedAt, minutes);
  const checkoutAt = new Date(startedAt.getTime() + randomInt(random, 1, 3) * 1000);
  const paidAt = new Date(startedAt.getTime() + randomInt(random, 60, 180) * 1000);
  const answerDeadline = new Date(paidAt.getTime() + env().CONSULTATION_ANSWER_HOURS * 3_600_000);
  const firstAnswer = seed.messages.find((message) => message.by === "doctor");
  const firstAnsweredAt = firstAnswer ? at(firstAnswer.at) : null;
  const { outcome } = seed;
  const closedAt = outcome.state === "CLOSED" ? at(outcome.at) : null;
  const refundedAt = outcome.state === "REFUNDED" ? minutesAfter(answerDeadline, randomInt(random, 1, 5)) : null;
  const state: ConsultationState = outcome.state;
  const lastChange = closedAt ?? refundedAt ?? firstAnsweredAt ?? paidAt;

  const consultation = await tx.consultation.create({
    data: {
      patientId,
      doctorId,
      specialtyId: doctor.specialties[0]?.specialtyId ?? null,
      sourceQuestionId: seed.fromStory ? storyQuestionId : null,
      subject: seed.subject,
      state,
      priceMinor,
      currency,
      answerDeadline,
      paidAt,
      firstAnsweredAt,
      refundedAt,
      closedAt,
      ...(outcome.state === "CLOSED" && { rating: outcome.rating, ratingComment: outcome.comment, ratedAt: closedAt }),
      createdAt: startedAt,
      updatedAt: lastChange,
    },
    select: { id: true },
  });

  // A message is read when its addressee next opened the thread: before they wrote back, and never before the
  // doctor could see the consultation (it opens with the payment). Nobody opened a thread still waiting or refunded.
  const nobodyReads = outcome.state !== "CLOSED";
  await tx.consultationMessage.createMany({
    data: seed.messages.map((message, index) => {
      const createdAt = at(message.at);
      const nextReply = seed.messages.slice(index + 1).find((later) => later.by !== message.by);
      let readAt = minutesAfter(createdAt, randomInt(random, 3, 25));
      if (nextReply && readAt >= at(nextReply.at)) readAt = minutesAfter(at(nextReply.at), -1);
      if (readAt <= paidAt) readAt = minutesAfter(paidAt, randomInt(random, 2, 10));
      return {
        consultationId: consultation.id,
        authorId: message.by === "patient" ? patientId : doctorId,
        body: message.body,
        readAt: nobodyReads ? null : readAt,
        createdAt,
      };
    }),
  });

  const paymentId = newId();
  const externalId = `cs_sandbox_${seededHex(random, 24)}`;
  const refundExternalId = refundedAt ? `re_sandbox_${seededHex(random, 24)}` : null;
  await tx.payment.create({
    data: {
      id: paymentId,
      consultationId: consultation.id,
      provider: PROVIDER,
      externalId,
      idempotencyKey: `checkout-${seededUuid(random)}`,
      checkoutUrl: sandboxCheckoutPath(paymentId),
      refundExternalId,
      amountMinor: priceMinor,
      currency,
      state: refundedAt ? "REFUNDED" : "SUCCEEDED",
      createdAt: startedAt,
      updatedAt: refundedAt ?? paidAt,
    },
  });
  // The provider's confirmation, as the webhook stores it (the verified event's JSON).
  const confirmation = {
    ...sandboxSessionEvent(
      "checkout.session.completed",
      { id: paymentId, consultationId: consultation.id, externalId, amountMinor: priceMinor, currency },
      paidAt,
    ),
    id: `evt_sandbox_${seededHex(random, 24)}`,
  };
  const event = { paymentId, provider: PROVIDER };
  const events: Prisma.PaymentEventCreateManyInput[] = [
    { ...event, type: "payment.created", fromState: null, toState: "CREATED", createdAt: startedAt },
    {
      ...event,
      type: "checkout.created",
      fromState: "CREATED",
      toState: "PENDING",
      payload: { externalId },
      createdAt: checkoutAt,
    },
    {
      ...event,
      externalEventId: confirmation.id,
      type: "payment.succeeded",
      fromState: "PENDING",
      toState: "SUCCEEDED",
      payload: JSON.parse(JSON.stringify(confirmation)) as Prisma.InputJsonValue,
      createdAt: paidAt,
    },
  ];
  if (refundedAt) {
    // The deadline job's marker, then the refund it asked of the provider (the sandbox sends no event for it).
    events.push(
      {
        ...event,
        type: REFUND_REQUEST_TYPES.deadline,
        fromState: "SUCCEEDED",
        toState: "SUCCEEDED",
        payload: { answerDeadline: answerDeadline.toISOString() },
        createdAt: refundedAt,
      },
      {
        ...event,
        type: REFUND_COMPLETED_TYPE,
        fromState: "SUCCEEDED",
        toState: "REFUNDED",
        payload: { refundExternalId },
        createdAt: new Date(refundedAt.getTime() + randomInt(random, 1, 4) * 1000),
      },
    );
  }
  await tx.paymentEvent.createMany({ data: events });
  if (refundedAt) {
    await recordAudit(tx, {
      actorId: null,
      action: "consultation.refund",
      targetType: "Consultation",
      targetId: consultation.id,
      before: { state: "ACTIVE" },
      after: { state: "REFUNDED", provider: PROVIDER },
      reason: "The doctor did not answer before the deadline.",
      at: refundedAt,
    });
  }
  return consultation.id;
}
