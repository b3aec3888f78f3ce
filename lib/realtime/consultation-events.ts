// The private consultation's part of the socket.io contract (events.ts lists them with the others). Only the two
// participants ever join a consultation's room, so payloads may carry what both of them may read. The browser
// imports this file too: keep it free of server-only imports.

export type ConsultationStateName = "AWAITING_PAYMENT" | "ACTIVE" | "ANSWERED" | "CLOSED" | "REFUNDED" | "EXPIRED";

/** A new private message. `seq` (ConsultationMessage.seq) is the key clients dedupe on and resume after. */
export type ConsultationMessageEvent = {
  consultationId: string;
  seq: string;
  message: {
    id: string;
    authorId: string;
    authorName: string;
    authorRole: "PATIENT" | "DOCTOR" | "MODERATOR" | "ADMIN";
    /** Null when a moderator hid it and the receiver is not its author. */
    body: string | null;
    attachments: { id: string; fileName: string; contentType: string; sizeBytes: number }[];
    createdAt: string;
    readAt: string | null;
  };
};

/** The reader opened the thread: every message the other person sent up to `readAt` is read. */
export type ConsultationReadEvent = { consultationId: string; readerId: string; readAt: string };

/** The consultation moved (answered, closed, refunded): pages re-render their header and forms. */
export type ConsultationStateEvent = { consultationId: string; state: ConsultationStateName };

export type JoinConsultationRequest = {
  consultationId: string;
  /** The highest seq the client has; the ack carries every message after it. Absent: nothing is caught up. */
  afterSeq?: string;
};

export type JoinConsultationResult =
  | { ok: true; missed: ConsultationMessageEvent[] }
  | { ok: false; error: "invalid" | "not found" | "failed" };

export const consultationRoom = (consultationId: string) => `consultation:${consultationId}`;
