// Rows the complaint tests start from, beyond thread-fixtures.ts: answers and replies written directly (with the
// answer count kept as postAnswer keeps it), a private consultation with a message, attached files, staff with
// or without medical review, and a one-line way to report something.
import { randomBytes } from "node:crypto";
import { loadActor } from "../../lib/auth/load-actor";
import { fileComplaint } from "../../lib/complaints/file-complaint";
import { db } from "../../lib/db";
import type { AttachmentVisibility, ComplaintReason, ComplaintTargetType } from "../../lib/generated/prisma/enums";
import { createPerson, type Person } from "./thread-fixtures";

const unique = () => randomBytes(5).toString("hex");

export async function createAnswer(
  questionId: number,
  authorId: string,
  body = "Take it easy for a week.",
): Promise<string> {
  const [answer] = await db().$transaction([
    db().threadMessage.create({ data: { questionId, kind: "ANSWER", authorId, body }, select: { id: true } }),
    db().question.update({ where: { id: questionId }, data: { answerCount: { increment: 1 } }, select: { id: true } }),
  ]);
  return answer.id;
}

export async function createReply(options: {
  questionId: number;
  answerId: string;
  authorId: string;
  body?: string;
}): Promise<string> {
  const reply = await db().threadMessage.create({
    data: {
      questionId: options.questionId,
      kind: "REPLY",
      parentId: options.answerId,
      authorId: options.authorId,
      body: options.body ?? "Thank you, doctor.",
    },
    select: { id: true },
  });
  return reply.id;
}

/** A paid consultation between a patient and a doctor, with one message by `authorId`. */
export async function createConsultationMessage(options: {
  patientId: string;
  doctorId: string;
  authorId: string;
  body?: string;
}): Promise<string> {
  const consultation = await db().consultation.create({
    data: {
      patientId: options.patientId,
      doctorId: options.doctorId,
      subject: "Follow-up on my MRI",
      state: "ACTIVE",
      priceMinor: 3500,
      currency: "EUR",
      messages: { create: { authorId: options.authorId, body: options.body ?? "Here is what the MRI said." } },
    },
    select: { messages: { select: { id: true } } },
  });
  return consultation.messages[0]?.id as string;
}

export async function createAttachment(options: {
  ownerId: string;
  questionId?: number;
  messageId?: string;
  consultationMessageId?: string;
  visibility?: AttachmentVisibility;
  storageKey?: string;
}): Promise<string> {
  const key = unique();
  const row = await db().attachment.create({
    data: {
      ownerId: options.ownerId,
      questionId: options.questionId,
      messageId: options.messageId,
      consultationMessageId: options.consultationMessageId,
      fileName: `scan-${key}.png`,
      contentType: "image/png",
      sizeBytes: 2048,
      sha256: "b".repeat(64),
      storageKey: options.storageKey ?? `test/${key}`,
      visibility: options.visibility ?? "PUBLIC",
    },
    select: { id: true },
  });
  return row.id;
}

export async function createStaff(options: {
  name: string;
  role: "MODERATOR" | "ADMIN";
  medicalReviewer?: boolean;
}): Promise<Person> {
  const person = await createPerson({ name: options.name, role: options.role });
  if (!options.medicalReviewer) return person;
  await db().user.update({ where: { id: person.id }, data: { isMedicalReviewer: true } });
  const actor = await loadActor(person.id);
  if (!actor) throw new Error("no actor");
  return { ...person, actor };
}

export function report(
  reporter: Person,
  targetType: ComplaintTargetType,
  targetId: string | number,
  reason: ComplaintReason = "SPAM",
  extra: { note?: string; about?: "CONTENT" | "AUTHOR"; now?: Date } = {},
) {
  return fileComplaint({
    actor: reporter.actor,
    input: { targetType, targetId: String(targetId), reason, note: extra.note, about: extra.about },
    now: extra.now,
  });
}

/** Several people at once, e.g. the reporters who push a target over the auto-hide threshold. */
export async function createPatients(count: number, prefix = "Reporter"): Promise<Person[]> {
  const people: Person[] = [];
  for (let index = 1; index <= count; index++) people.push(await createPerson({ name: `${prefix} ${index}` }));
  return people;
}
