// One loader for whatever a complaint can be about, so filing, the queue and resolving agree on who wrote it,
// which question it belongs to, whether it is hidden, and who may see it. Visibility reuses the permission
// matrix (question.read, attachment.read, consultation.read): nobody may report what they could not read.

import { can, type Viewer } from "../auth/permissions";
import { CONSULTATION_ACCESS_SELECT, consultationResource } from "../consultations/consultation-resource";
import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ComplaintTargetType, MessageKind, QuestionStatus, Role } from "../generated/prisma/enums";
import { MAX_INT4 } from "../validation/row-id";

export type TargetRef = { targetType: ComplaintTargetType; targetId: string };

/** The question a target sits in (the target itself for a question), as the rules need it. */
export type TargetQuestion = {
  id: number;
  authorId: string;
  title: string;
  status: QuestionStatus;
  hidden: boolean;
  deleted: boolean;
  specialtyId: number;
};

export type ComplaintTarget = TargetRef & {
  /** Who wrote or uploaded it; for a USER target, that user. Null when the account no longer exists. */
  author: { id: string; name: string; role: Role } | null;
  question: TargetQuestion | null;
  /** ANSWER or REPLY for a thread message. */
  messageKind: MessageKind | null;
  hidden: { at: Date; reason: string | null; byId: string | null } | null;
  deleted: boolean;
  /** The typed foreign keys a complaint about it carries (questionId: the question it sits in). */
  links: { questionId?: number; messageId?: string; consultationMessageId?: string; attachmentId?: string };
  readableBy: (viewer: Viewer) => boolean;
};

/** What the thread shows in place of something hidden by the threshold rule; also how such a hide is recognised. */
export const AUTO_HIDE_REASON = "Hidden automatically after several complaints, until a moderator reviews it";

export const isAutoHidden = (target: ComplaintTarget): boolean =>
  target.hidden !== null && target.hidden.byId === null && target.hidden.reason === AUTO_HIDE_REASON;

const ID = /^[a-z0-9]{1,40}$/i;

const questionSelect = {
  id: true,
  authorId: true,
  title: true,
  status: true,
  hiddenAt: true,
  deletedAt: true,
  specialtyId: true,
} satisfies Prisma.QuestionSelect;
type QuestionRow = Prisma.QuestionGetPayload<{ select: typeof questionSelect }>;
const personSelect = { select: { id: true, name: true, role: true } } as const;
const postState = { hiddenAt: true, deletedAt: true, authorId: true, question: { select: questionSelect } } as const;

const questionOf = (row: QuestionRow): TargetQuestion => ({
  id: row.id,
  authorId: row.authorId,
  title: row.title,
  status: row.status,
  hidden: row.hiddenAt !== null,
  deleted: row.deletedAt !== null,
  specialtyId: row.specialtyId,
});

const hiddenOf = (row: { hiddenAt: Date | null; hiddenReason: string | null; hiddenById?: string | null }) =>
  row.hiddenAt === null ? null : { at: row.hiddenAt, reason: row.hiddenReason, byId: row.hiddenById ?? null };

/** The question is there and the viewer may read it (its author and staff read it while hidden). */
const questionReadable = (viewer: Viewer, question: TargetQuestion) =>
  !question.deleted && can(viewer, "question.read", question);

/** A thread message: readable in a readable question; a hidden one only by whoever may read its author's hidden posts. */
const messageReadable = (
  viewer: Viewer,
  message: { authorId: string; hiddenAt: Date | null; deletedAt: Date | null },
  question: TargetQuestion,
) =>
  message.deletedAt === null &&
  questionReadable(viewer, question) &&
  (message.hiddenAt === null ||
    can(viewer, "question.read", { authorId: message.authorId, status: question.status, hidden: true }));

/**
 * Serialises everything that files or resolves complaints about one target: the threshold count, the
 * pending set a moderator decides on and the hidden flags are read and changed by one transaction at a time.
 * Released at commit or rollback. A hashtext collision only makes two targets wait for each other briefly.
 */
export async function lockComplaintTarget(tx: Tx, ref: TargetRef): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`complaint-target:${ref.targetType}:${ref.targetId}`}))`;
}

/** The target, or null when there is no such thing (malformed ids included). */
export async function loadComplaintTarget(tx: Tx, ref: TargetRef): Promise<ComplaintTarget | null> {
  const base = { targetType: ref.targetType, targetId: ref.targetId };
  switch (ref.targetType) {
    case "QUESTION": {
      if (!/^\d{1,10}$/.test(ref.targetId) || Number(ref.targetId) > MAX_INT4) return null;
      const row = await tx.question.findUnique({
        where: { id: Number(ref.targetId) },
        select: { ...questionSelect, hiddenReason: true, hiddenById: true, author: personSelect },
      });
      if (!row) return null;
      const question = questionOf(row);
      return {
        ...base,
        targetId: String(row.id),
        author: row.author,
        question,
        messageKind: null,
        hidden: hiddenOf(row),
        deleted: question.deleted,
        links: { questionId: row.id },
        readableBy: (viewer) => questionReadable(viewer, question),
      };
    }
    case "MESSAGE": {
      if (!ID.test(ref.targetId)) return null;
      const row = await tx.threadMessage.findUnique({
        where: { id: ref.targetId },
        select: {
          id: true,
          kind: true,
          authorId: true,
          hiddenAt: true,
          hiddenReason: true,
          hiddenById: true,
          deletedAt: true,
          author: personSelect,
          question: { select: questionSelect },
        },
      });
      if (!row) return null;
      const question = questionOf(row.question);
      return {
        ...base,
        author: row.author,
        question,
        messageKind: row.kind,
        hidden: hiddenOf(row),
        deleted: row.deletedAt !== null,
        links: { questionId: question.id, messageId: row.id },
        readableBy: (viewer) => messageReadable(viewer, row, question),
      };
    }
    case "CONSULTATION_MESSAGE": {
      if (!ID.test(ref.targetId)) return null;
      const row = await tx.consultationMessage.findUnique({
        where: { id: ref.targetId },
        select: {
          id: true,
          authorId: true,
          hiddenAt: true,
          hiddenReason: true,
          author: personSelect,
          consultation: { select: CONSULTATION_ACCESS_SELECT },
        },
      });
      if (!row) return null;
      return {
        ...base,
        author: row.author,
        question: null,
        messageKind: null,
        hidden: hiddenOf(row),
        deleted: false,
        links: { consultationMessageId: row.id },
        // Private: only its two participants, and a hidden message only its author.
        readableBy: (viewer) =>
          can(viewer, "consultation.read", consultationResource(row.consultation)) &&
          (row.hiddenAt === null || viewer?.id === row.authorId),
      };
    }
    case "ATTACHMENT":
      return loadAttachmentTarget(tx, ref);
    case "USER": {
      if (!ID.test(ref.targetId)) return null;
      const row = await tx.user.findUnique({ where: { id: ref.targetId }, ...personSelect });
      if (!row) return null;
      return {
        ...base,
        author: row,
        question: null,
        messageKind: null,
        hidden: null,
        deleted: false,
        links: {},
        readableBy: (viewer) => viewer !== null,
      };
    }
  }
}

async function loadAttachmentTarget(tx: Tx, ref: TargetRef): Promise<ComplaintTarget | null> {
  if (!ID.test(ref.targetId)) return null;
  const row = await tx.attachment.findUnique({
    where: { id: ref.targetId },
    select: {
      id: true,
      ownerId: true,
      visibility: true,
      hiddenAt: true,
      hiddenReason: true,
      deletedAt: true,
      owner: personSelect,
      question: { select: questionSelect },
      message: { select: postState },
      consultationMessage: { select: { consultation: { select: CONSULTATION_ACCESS_SELECT } } },
    },
  });
  if (!row) return null;
  const questionRow = row.message?.question ?? row.question;
  const question = questionRow ? questionOf(questionRow) : null;
  const readable = (viewer: Viewer): boolean => {
    if (row.deletedAt !== null) return false;
    if (row.consultationMessage) {
      return (
        can(viewer, "consultation.read", consultationResource(row.consultationMessage.consultation)) ||
        viewer?.id === row.ownerId
      );
    }
    if (!question) return viewer?.id === row.ownerId;
    const post = row.message;
    if (post ? !messageReadable(viewer, post, question) : !questionReadable(viewer, question)) return false;
    const hidden = row.hiddenAt !== null || question.hidden || (post !== null && post.hiddenAt !== null);
    return can(viewer, "attachment.read", { ownerId: row.ownerId, visibility: row.visibility, hidden });
  };
  return {
    ...ref,
    author: row.owner,
    question,
    messageKind: null,
    hidden: hiddenOf(row),
    deleted: row.deletedAt !== null,
    links: { attachmentId: row.id, ...(question && { questionId: question.id }) },
    readableBy: readable,
  };
}
