import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { AttachmentVisibility, QuestionStatus, Role } from "../generated/prisma/enums";

export type GetQuestionThreadOptions = { viewer: Viewer; questionId: number };

export type ThreadAttachment = {
  id: string;
  /** Null when the viewer may not open the file: its name can carry personal data. */
  fileName: string | null;
  contentType: string;
  sizeBytes: number;
  visibility: AttachmentVisibility;
};

export type ThreadAuthor = {
  /** The question's pseudonym for its author, the account name for everyone else. */
  name: string;
  role: Role;
  isQuestionAuthor: boolean;
  /** Practitioner titles, primary first; empty for non-doctors. */
  specialties: string[];
  doctor: { university: string; degree: string | null; yearsOfExperience: number } | null;
};

export type ThreadMessageView = {
  id: string;
  /** Null when a moderator hid the message and the viewer is neither its author nor staff. */
  body: string | null;
  hidden: { reason: string | null } | null;
  author: ThreadAuthor;
  outsideSpecialty: boolean;
  attachments: ThreadAttachment[];
  createdAt: Date;
  editedAt: Date | null;
};

export type ThreadReply = ThreadMessageView & { addressee: { name: string; role: Role } | null };
export type ThreadAnswer = ThreadMessageView & { replies: ThreadReply[] };

export type QuestionThread = {
  question: {
    id: number;
    title: string;
    body: string;
    specialty: { name: string; slug: string };
    shownName: string;
    shownCity: string | null;
    status: QuestionStatus;
    closeReason: string | null;
    closedAt: Date | null;
    /** Set only when the viewer may still read a hidden question (its author, staff). */
    hidden: { reason: string | null } | null;
    viewCount: number;
    answerCount: number;
    createdAt: Date;
  };
  attachments: ThreadAttachment[];
  answers: ThreadAnswer[];
};

const MAX_INT4 = 2_147_483_647;

const attachmentSelect = {
  where: { deletedAt: null },
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  select: { id: true, ownerId: true, fileName: true, contentType: true, sizeBytes: true, visibility: true },
};

const authorSelect = {
  select: {
    id: true,
    name: true,
    role: true,
    doctorProfile: {
      select: {
        university: true,
        degree: true,
        yearsOfExperience: true,
        specialties: {
          select: { specialty: { select: { name: true } } },
          orderBy: [
            { isPrimary: "desc" as const },
            { specialty: { sortOrder: "asc" as const } },
            { specialty: { name: "asc" as const } },
          ],
        },
      },
    },
  },
};

const messageSelect = {
  id: true,
  authorId: true,
  body: true,
  outsideSpecialty: true,
  hiddenAt: true,
  hiddenReason: true,
  createdAt: true,
  editedAt: true,
  author: authorSelect,
  attachments: attachmentSelect,
};

const messageOrder = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/**
 * A question with its attachments, its doctors' answers and the replies under each, as the viewer may see them.
 * Missing, deleted and unreadable questions are all NOT_FOUND, so a hidden question's existence does not leak.
 */
export async function getQuestionThread({ viewer, questionId }: GetQuestionThreadOptions): Promise<QuestionThread> {
  if (!Number.isSafeInteger(questionId) || questionId < 1 || questionId > MAX_INT4) {
    throw new DomainError("NOT_FOUND", "This question does not exist.");
  }

  // One round trip: answers, their replies and every author come back nested.
  const row = await db().question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      authorId: true,
      title: true,
      body: true,
      shownName: true,
      shownCity: true,
      status: true,
      closeReason: true,
      closedAt: true,
      hiddenAt: true,
      hiddenReason: true,
      deletedAt: true,
      viewCount: true,
      answerCount: true,
      createdAt: true,
      specialty: { select: { name: true, slug: true } },
      attachments: { ...attachmentSelect, where: { deletedAt: null, messageId: null } },
      messages: {
        where: { kind: "ANSWER", deletedAt: null },
        orderBy: messageOrder,
        select: {
          ...messageSelect,
          replies: {
            where: { kind: "REPLY", deletedAt: null },
            orderBy: messageOrder,
            select: { ...messageSelect, addressee: { select: { id: true, name: true, role: true } } },
          },
        },
      },
    },
  });

  const questionHidden = row?.hiddenAt != null;
  if (
    !row ||
    row.deletedAt !== null ||
    !can(viewer, "question.read", { authorId: row.authorId, status: row.status, hidden: questionHidden })
  ) {
    throw new DomainError("NOT_FOUND", "This question does not exist.");
  }

  type MessageRow = (typeof row.messages)[number];
  type AttachmentRow = MessageRow["attachments"][number];
  type AuthorRow = MessageRow["author"];

  // The question's author appears under the pseudonym they chose for it, never their account name.
  const nameOf = (user: { id: string; name: string }) => (user.id === row.authorId ? row.shownName : user.name);

  const attachmentsOf = (attachments: AttachmentRow[], hidden: boolean): ThreadAttachment[] =>
    attachments.map(({ ownerId, fileName, ...attachment }) => ({
      ...attachment,
      fileName: can(viewer, "attachment.read", { ownerId, visibility: attachment.visibility, hidden })
        ? fileName
        : null,
    }));

  const authorOf = (author: AuthorRow): ThreadAuthor => ({
    name: nameOf(author),
    role: author.role,
    isQuestionAuthor: author.id === row.authorId,
    specialties: author.doctorProfile?.specialties.map((entry) => entry.specialty.name) ?? [],
    doctor: author.doctorProfile
      ? {
          university: author.doctorProfile.university,
          degree: author.doctorProfile.degree,
          yearsOfExperience: author.doctorProfile.yearsOfExperience,
        }
      : null,
  });

  const messageOf = (message: Omit<MessageRow, "replies">): ThreadMessageView => {
    const hidden = message.hiddenAt !== null || questionHidden;
    // A hidden message stays readable to whoever could read a hidden question by that author: the author and staff.
    const readable =
      message.hiddenAt === null ||
      can(viewer, "question.read", { authorId: message.authorId, status: row.status, hidden: true });
    return {
      id: message.id,
      body: readable ? message.body : null,
      hidden: message.hiddenAt === null ? null : { reason: message.hiddenReason },
      author: authorOf(message.author),
      outsideSpecialty: message.outsideSpecialty,
      attachments: readable ? attachmentsOf(message.attachments, hidden) : [],
      createdAt: message.createdAt,
      editedAt: message.editedAt,
    };
  };

  return {
    question: {
      id: row.id,
      title: row.title,
      body: row.body,
      specialty: row.specialty,
      shownName: row.shownName,
      shownCity: row.shownCity,
      status: row.status,
      closeReason: row.closeReason,
      closedAt: row.closedAt,
      hidden: questionHidden ? { reason: row.hiddenReason } : null,
      viewCount: row.viewCount,
      answerCount: row.answerCount,
      createdAt: row.createdAt,
    },
    attachments: attachmentsOf(row.attachments, questionHidden),
    answers: row.messages.map(({ replies, ...answer }) => ({
      ...messageOf(answer),
      replies: replies.map(({ addressee, ...reply }) => ({
        ...messageOf(reply),
        addressee: addressee ? { name: nameOf(addressee), role: addressee.role } : null,
      })),
    })),
  };
}
