import { claimAttachments } from "../attachments/claim-attachments";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePages } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { DomainError } from "../errors";
import { assertWithinLimits } from "../limits/assert-within-limits";
import { publishQueueQuestion } from "../realtime/publish-queue-event";
import { unknownRedFlags } from "../triage/red-flags";
import { parseInput } from "../validation/parse-input";
import { ZAskQuestion } from "../validation/question";
import { QUESTION_LIMITS } from "../validation/question-limits";

export type AskQuestionOptions = {
  actor: Viewer;
  /** The form's values; parsed here with ZAskQuestion, whatever the caller already checked. */
  input: unknown;
  now?: Date;
};

export type AskedQuestion = { questionId: number };

const UNKNOWN_SPECIALTY = "Choose the specialty of the doctor you want to ask.";
const UNKNOWN_RED_FLAG = "Choose the warning signs from the list for this specialty.";

/**
 * A patient asks a public question: saved with its attachments, and followed by its asker, in one
 * transaction. The text is stored as typed (trimmed); pages escape it when they render it.
 */
export async function askQuestion({ actor, input, now = new Date() }: AskQuestionOptions): Promise<AskedQuestion> {
  const refusal = writeRefusal(actor, "ask a question", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "question.ask", undefined, now)) {
    throw new DomainError("FORBIDDEN", "Only patients can ask questions. Doctors answer them.");
  }

  const data = parseInput(ZAskQuestion, input);
  const client = db();
  const specialty = await client.specialty.findUnique({
    where: { id: data.specialtyId },
    select: { id: true, slug: true },
  });
  if (!specialty) throw new DomainError("INVALID", UNKNOWN_SPECIALTY, { specialtyId: [UNKNOWN_SPECIALTY] });
  if (unknownRedFlags(specialty.slug, data.redFlags).length > 0) {
    throw new DomainError("INVALID", UNKNOWN_RED_FLAG, { redFlags: [UNKNOWN_RED_FLAG] });
  }

  const asked = await client.$transaction(async (tx) => {
    await assertWithinLimits(tx, { actor, action: "question", now });
    const author = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    // The account name stays private unless the asker chooses to show it: by default only its first word.
    const shownName = data.shownName ?? (author.name.trim().split(/\s+/)[0] || "Patient");

    const question = await tx.question.create({
      data: {
        authorId: actor.id,
        specialtyId: specialty.id,
        title: data.title,
        body: data.body,
        shownName: shownName.slice(0, QUESTION_LIMITS.shownNameMax),
        shownCity: data.shownCity ?? null,
        redFlags: data.redFlags,
        // A ticked warning sign puts the question at the top of the doctors' queues.
        urgent: data.redFlags.length > 0,
        lastActivityAt: now,
        createdAt: now,
        follows: { create: { userId: actor.id, createdAt: now } },
      },
      select: { id: true },
    });
    await claimAttachments(tx, {
      ownerId: actor.id,
      attachmentIds: data.attachmentIds,
      target: { questionId: question.id },
      max: QUESTION_LIMITS.attachmentsMax,
    });
    return { questionId: question.id };
  });
  await publishQueueQuestion(asked);
  await invalidatePages([pageTags.home]);
  return asked;
}
