// The reported thing in context, as a moderator needs to see it in the queue: the text itself, the question it
// sits in, the answer a reply sits under, a file's name and type, a person's role and join date. Staff may read
// hidden content (question.read), so nothing here is withheld from them.
import type { Tx } from "../db";
import type { QuestionStatus, Role } from "../generated/prisma/enums";
import { excerpt } from "../text/excerpt";
import { targetPath } from "./complaint-outcome-notices";
import { type ComplaintTarget, isAutoHidden } from "./load-complaint-target";

export type QueueTarget = {
  targetType: ComplaintTarget["targetType"];
  targetId: string;
  /** "Answer", "Reply", "Question", "File", "Private message", "Person". */
  label: string;
  /** The reported words: a question's body, a message's text. */
  text: string | null;
  question: { id: number; title: string; specialty: string; status: QuestionStatus; hidden: boolean } | null;
  /** For a reply: the answer it sits under. */
  parent: { authorName: string; excerpt: string } | null;
  attachment: { fileName: string; contentType: string; sizeBytes: number; url: string } | null;
  /** For a private message: its consultation, which staff open through the report (audited). */
  consultation: { id: string; subject: string } | null;
  /** Who wrote it (or the reported person): account name, role, when they joined. */
  /** profilePath: a verified doctor's public profile, where staff can take down its photo or text. */
  person: { id: string; name: string; role: Role; joinedAt: Date; profilePath: string | null } | null;
  hidden: { reason: string | null; automatic: boolean } | null;
  deleted: boolean;
  /** Where to see it in the thread, when it has one. */
  path: string | null;
};

const TEXT_CHARS = 1200;
const PARENT_CHARS = 240;

const LABELS: Record<ComplaintTarget["targetType"], string> = {
  QUESTION: "Question",
  MESSAGE: "Answer",
  CONSULTATION_MESSAGE: "Private message",
  ATTACHMENT: "File",
  USER: "Person",
};

export async function describeQueueTarget(tx: Tx, target: ComplaintTarget): Promise<QueueTarget> {
  // One after the other: this runs inside the queue's transaction, which has a single connection.
  const question = target.question
    ? await tx.question.findUnique({
        where: { id: target.question.id },
        select: { id: true, title: true, status: true, hiddenAt: true, specialty: { select: { name: true } } },
      })
    : null;
  const person = target.author
    ? await tx.user.findUnique({
        where: { id: target.author.id },
        select: {
          id: true,
          name: true,
          role: true,
          createdAt: true,
          doctorProfile: { select: { verification: true } },
        },
      })
    : null;
  const details = await detailsOf(tx, target);
  return {
    targetType: target.targetType,
    targetId: target.targetId,
    label: target.messageKind === "REPLY" ? "Reply" : LABELS[target.targetType],
    question: question && {
      id: question.id,
      title: question.title,
      specialty: question.specialty.name,
      status: question.status,
      hidden: question.hiddenAt !== null,
    },
    person: person && {
      id: person.id,
      name: person.name,
      role: person.role,
      joinedAt: person.createdAt,
      profilePath:
        person.role === "DOCTOR" && person.doctorProfile?.verification === "VERIFIED" ? `/doctors/${person.id}` : null,
    },
    hidden: target.hidden && { reason: target.hidden.reason, automatic: isAutoHidden(target) },
    deleted: target.deleted,
    path: target.deleted ? null : targetPath(target),
    ...details,
  };
}

type Details = Pick<QueueTarget, "text" | "parent" | "attachment" | "consultation">;

async function detailsOf(tx: Tx, target: ComplaintTarget): Promise<Details> {
  const none: Details = { text: null, parent: null, attachment: null, consultation: null };
  switch (target.targetType) {
    case "QUESTION": {
      const row = await tx.question.findUnique({ where: { id: Number(target.targetId) }, select: { body: true } });
      return { ...none, text: row && excerpt(row.body, TEXT_CHARS) };
    }
    case "MESSAGE": {
      const row = await tx.threadMessage.findUnique({
        where: { id: target.targetId },
        select: { body: true, parent: { select: { body: true, author: { select: { name: true } } } } },
      });
      return {
        ...none,
        text: row && excerpt(row.body, TEXT_CHARS),
        parent: row?.parent
          ? { authorName: row.parent.author.name, excerpt: excerpt(row.parent.body, PARENT_CHARS) }
          : null,
      };
    }
    case "CONSULTATION_MESSAGE": {
      const row = await tx.consultationMessage.findUnique({
        where: { id: target.targetId },
        select: { body: true, consultation: { select: { id: true, subject: true } } },
      });
      return { ...none, text: row && excerpt(row.body, TEXT_CHARS), consultation: row?.consultation ?? null };
    }
    case "ATTACHMENT": {
      const row = await tx.attachment.findUnique({
        where: { id: target.targetId },
        select: { fileName: true, contentType: true, sizeBytes: true },
      });
      return {
        ...none,
        attachment: row && { ...row, url: `/api/attachments/${encodeURIComponent(target.targetId)}` },
      };
    }
    case "USER":
      return none;
  }
}
