// What a viewer may see of one thread message. Shared by the page (getQuestionThread) and live updates
// (lib/messages/list-thread-messages-since.ts), so the pseudonym, hidden-text and file-name rules live in one place.

import { can, type Viewer } from "../auth/permissions";
import { doctorPhotoUrl } from "../doctors/doctor-photo-url";
import type { AttachmentVisibility, QuestionStatus, Role } from "../generated/prisma/enums";
import type { ThreadMessageGetPayload, UserGetPayload } from "../generated/prisma/models";
import { PRIMARY_SPECIALTY_FIRST } from "../specialties/primary-first";

export type ThreadAttachment = {
  id: string;
  /** Null when the viewer may not open the file: its name can carry personal data. */
  fileName: string | null;
  contentType: string;
  sizeBytes: number;
  visibility: AttachmentVisibility;
  /** Hidden by a moderator (or after several complaints): named and served only to its owner and staff. */
  hidden: { reason: string | null } | null;
  /** The viewer uploaded it (no Complain button on one's own file). */
  viewerIsOwner: boolean;
};

export type ThreadAuthor = {
  /** The question's pseudonym for its author, the account name for everyone else. */
  name: string;
  role: Role;
  isQuestionAuthor: boolean;
  /** Practitioner titles, primary first; empty for non-doctors. */
  specialties: string[];
  doctor: {
    university: string;
    degree: string | null;
    yearsOfExperience: number;
    /** The doctor's user id when verified: their public profile is /doctors/<profileId>. */
    profileId: string | null;
    /** The verified doctor's profile photo; null for initials. */
    photoUrl: string | null;
    /** Set when a verified doctor takes private consultations. */
    consultationOffer: { priceMinor: number; currency: string } | null;
  } | null;
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
  /** The viewer wrote it (no Complain button on one's own message). */
  viewerIsAuthor: boolean;
};

export type ThreadAddressee = { name: string; role: Role };
export type ThreadReply = ThreadMessageView & { addressee: ThreadAddressee | null };
/** Thanks from the asker and agreement from other doctors, and what the viewer may still add. */
export type AnswerReactionSummary = {
  thanksCount: number;
  agreeCount: number;
  viewerThanked: boolean;
  viewerAgreed: boolean;
  viewerCanThank: boolean;
  viewerCanAgree: boolean;
};
export type ThreadAnswer = ThreadMessageView & { replies: ThreadReply[]; reactions: AnswerReactionSummary };

export const attachmentSelect = {
  where: { deletedAt: null },
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  select: {
    id: true,
    ownerId: true,
    fileName: true,
    contentType: true,
    sizeBytes: true,
    visibility: true,
    hiddenAt: true,
    hiddenReason: true,
  },
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
        verification: true,
        photoUpdatedAt: true,
        offersConsultations: true,
        consultationPriceMinor: true,
        consultationCurrency: true,
        specialties: {
          select: { specialty: { select: { name: true } } },
          orderBy: PRIMARY_SPECIALTY_FIRST,
        },
      },
    },
  },
};

export const addresseeSelect = { select: { id: true, name: true, role: true } };

/** The columns the mapper reads; a query may select more (replies, addressee, seq). */
export const messageSelect = {
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

export type ThreadMessageRow = ThreadMessageGetPayload<{ select: typeof messageSelect }>;
type AttachmentRow = ThreadMessageRow["attachments"][number];
type AddresseeRow = UserGetPayload<typeof addresseeSelect>;

/** The question a message belongs to, as far as the rules need it. */
export type ThreadContext = { authorId: string; shownName: string; status: QuestionStatus; hidden: boolean };

/** A hidden message stays readable to whoever could read a hidden question by that author: the author and staff. */
export function messageReadable(
  viewer: Viewer,
  question: Pick<ThreadContext, "status">,
  message: { authorId: string; hiddenAt: Date | null },
): boolean {
  return (
    message.hiddenAt === null ||
    can(viewer, "question.read", { authorId: message.authorId, status: question.status, hidden: true })
  );
}

/** Mappers from rows to what `viewer` may see in the thread of `question`. */
export function threadViewFor(viewer: Viewer, question: ThreadContext) {
  // The question's author appears under the pseudonym they chose for it, never their account name.
  const nameOf = (user: { id: string; name: string }) =>
    user.id === question.authorId ? question.shownName : user.name;

  const attachmentsOf = (attachments: AttachmentRow[], hidden: boolean): ThreadAttachment[] =>
    attachments.map(({ ownerId, fileName, hiddenAt, hiddenReason, ...attachment }) => ({
      ...attachment,
      fileName: can(viewer, "attachment.read", {
        ownerId,
        visibility: attachment.visibility,
        hidden: hidden || hiddenAt !== null,
      })
        ? fileName
        : null,
      hidden: hiddenAt === null ? null : { reason: hiddenReason },
      viewerIsOwner: viewer !== null && viewer.id === ownerId,
    }));

  const authorOf = (author: ThreadMessageRow["author"]): ThreadAuthor => {
    const profile = author.doctorProfile;
    const verified = profile?.verification === "VERIFIED";
    return {
      name: nameOf(author),
      role: author.role,
      isQuestionAuthor: author.id === question.authorId,
      specialties: profile?.specialties.map((entry) => entry.specialty.name) ?? [],
      doctor: profile
        ? {
            university: profile.university,
            degree: profile.degree,
            yearsOfExperience: profile.yearsOfExperience,
            profileId: verified ? author.id : null,
            photoUrl: verified ? doctorPhotoUrl(author.id, profile.photoUpdatedAt) : null,
            consultationOffer:
              verified && profile.offersConsultations && profile.consultationPriceMinor !== null
                ? { priceMinor: profile.consultationPriceMinor, currency: profile.consultationCurrency }
                : null,
          }
        : null,
    };
  };

  const messageOf = (message: ThreadMessageRow): ThreadMessageView => {
    const hidden = message.hiddenAt !== null || question.hidden;
    const readable = messageReadable(viewer, question, message);
    return {
      id: message.id,
      body: readable ? message.body : null,
      hidden: message.hiddenAt === null ? null : { reason: message.hiddenReason },
      author: authorOf(message.author),
      outsideSpecialty: message.outsideSpecialty,
      attachments: readable ? attachmentsOf(message.attachments, hidden) : [],
      createdAt: message.createdAt,
      editedAt: message.editedAt,
      viewerIsAuthor: viewer !== null && viewer.id === message.authorId,
    };
  };

  const addresseeOf = (addressee: AddresseeRow | null): ThreadAddressee | null =>
    addressee ? { name: nameOf(addressee), role: addressee.role } : null;

  /** From the counts the page's statement takes (read-question-page.ts), and whether the viewer is among them. */
  const reactionsOf = (
    answer: { authorId: string; hiddenAt: Date | null },
    tally: { thanksCount: number; agreeCount: number; viewerThanked: boolean; viewerAgreed: boolean },
  ): AnswerReactionSummary => {
    const resource = {
      questionAuthorId: question.authorId,
      answerAuthorId: answer.authorId,
      questionHidden: question.hidden,
    };
    const visible = answer.hiddenAt === null;
    // A visitor's flags are false whatever the statement said: it matched no user.
    const viewerThanked = viewer !== null && tally.viewerThanked;
    const viewerAgreed = viewer !== null && tally.viewerAgreed;
    return {
      thanksCount: tally.thanksCount,
      agreeCount: tally.agreeCount,
      viewerThanked,
      viewerAgreed,
      viewerCanThank: visible && !viewerThanked && can(viewer, "answer.thank", resource),
      viewerCanAgree: visible && !viewerAgreed && can(viewer, "answer.agree", resource),
    };
  };

  return { attachmentsOf, messageOf, addresseeOf, reactionsOf };
}
