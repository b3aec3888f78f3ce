// How a private consultation is read and shaped for a page, shared by the participants' view (getConsultation),
// the moderator's audited view (reviewConsultation) and the catch-up after a reconnect.
import { can, type Viewer } from "../auth/permissions";
import type { Db, Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ConsultationState, Role } from "../generated/prisma/enums";
import type { ConsultationMessageGetPayload } from "../generated/prisma/models";
import type { ConsultationMessageEvent } from "../realtime/consultation-events";
import { describeConsultationState } from "./consultation-transitions";

export type ConsultationPerson = { id: string; name: string; role: Role };

export type ConsultationAttachmentView = {
  id: string;
  /** Null when the viewer may not open the file (a moderator hid it and the viewer did not upload it). */
  fileName: string | null;
  contentType: string;
  sizeBytes: number;
  hidden: { reason: string | null } | null;
  viewerIsOwner: boolean;
};

export type ConsultationMessageView = {
  id: string;
  seq: string;
  author: ConsultationPerson;
  /** Null when a moderator hid the message and the viewer is neither its author nor staff. */
  body: string | null;
  hidden: { reason: string | null } | null;
  createdAt: Date;
  /** When the other participant first saw it in the open thread. */
  readAt: Date | null;
  attachments: ConsultationAttachmentView[];
  viewerIsAuthor: boolean;
};

export type ConsultationView = {
  id: string;
  subject: string;
  state: ConsultationState;
  stateWords: string;
  priceMinor: number;
  currency: string;
  /** name: "Neurologist"; field: "Neurology". */
  specialty: { id: number; name: string; field: string } | null;
  doctor: ConsultationPerson;
  patient: ConsultationPerson;
  answerDeadline: Date | null;
  paidAt: Date | null;
  firstAnsweredAt: Date | null;
  closedAt: Date | null;
  refundedAt: Date | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  createdAt: Date;
  messages: ConsultationMessageView[];
  /** The highest message seq on the page ("0" for none): the live channel resumes after it. */
  lastSeq: string;
};

const person = { select: { id: true, name: true, role: true } } satisfies Prisma.UserDefaultArgs;

export const messageSelect = {
  id: true,
  seq: true,
  body: true,
  hiddenAt: true,
  hiddenReason: true,
  createdAt: true,
  readAt: true,
  author: person,
  attachments: {
    where: { deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      ownerId: true,
      fileName: true,
      contentType: true,
      sizeBytes: true,
      hiddenAt: true,
      hiddenReason: true,
    },
  },
} satisfies Prisma.ConsultationMessageSelect;

type MessageRow = ConsultationMessageGetPayload<{ select: typeof messageSelect }>;

/** Who is reading, and whether as staff in the review a complaint opened (reviewConsultation). */
export type ConsultationReader = { viewer: Viewer; review: boolean };

export function messageViewOf(row: MessageRow, reader: ConsultationReader): ConsultationMessageView {
  const viewerIsAuthor = row.author.id === reader.viewer?.id;
  const hidden = row.hiddenAt === null ? null : { reason: row.hiddenReason };
  const mayReadHidden = (authorId: string) =>
    can(reader.viewer, "consultation.hidden.read", { authorId, review: reader.review });
  return {
    id: row.id,
    seq: row.seq.toString(),
    author: row.author,
    body: hidden && !mayReadHidden(row.author.id) ? null : row.body,
    hidden,
    createdAt: row.createdAt,
    readAt: row.readAt,
    viewerIsAuthor,
    attachments: row.attachments.map((file) => {
      const fileHidden = file.hiddenAt === null ? null : { reason: file.hiddenReason };
      const withheld = (fileHidden !== null || hidden !== null) && !mayReadHidden(file.ownerId);
      return {
        id: file.id,
        fileName: withheld ? null : file.fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        hidden: fileHidden,
        viewerIsOwner: file.ownerId === reader.viewer?.id,
      };
    }),
  };
}

/** The wire form of a message (dates as ISO strings, seq as a decimal string), for live events and catch-up. */
export function messageEventOf(consultationId: string, view: ConsultationMessageView): ConsultationMessageEvent {
  return {
    consultationId,
    seq: view.seq,
    message: {
      id: view.id,
      authorId: view.author.id,
      authorName: view.author.name,
      authorRole: view.author.role,
      body: view.body,
      attachments: view.attachments.flatMap((file) =>
        file.fileName === null
          ? []
          : [{ id: file.id, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes }],
      ),
      createdAt: view.createdAt.toISOString(),
      readAt: view.readAt?.toISOString() ?? null,
    },
  };
}

/** The whole thread, or null when there is no such consultation. The caller has decided the reader may see it. */
export async function loadConsultationView(
  tx: Db | Tx,
  consultationId: string,
  reader: ConsultationReader,
): Promise<ConsultationView | null> {
  const row = await tx.consultation.findUnique({
    where: { id: consultationId },
    select: {
      id: true,
      subject: true,
      state: true,
      priceMinor: true,
      currency: true,
      answerDeadline: true,
      paidAt: true,
      firstAnsweredAt: true,
      closedAt: true,
      refundedAt: true,
      rating: true,
      ratingComment: true,
      ratedAt: true,
      createdAt: true,
      specialty: { select: { id: true, name: true, field: true } },
      doctor: person,
      patient: person,
      messages: { orderBy: { seq: "asc" }, select: messageSelect },
    },
  });
  if (!row) return null;
  const { messages, ...consultation } = row;
  return {
    ...consultation,
    stateWords: describeConsultationState(row.state),
    messages: messages.map((message) => messageViewOf(message, reader)),
    lastSeq: messages.at(-1)?.seq.toString() ?? "0",
  };
}
