// The typed contract between the socket.io server and its clients (the browser imports it too: keep it free of
// server-only imports). Payloads cross the wire as JSON: dates are ISO strings, seqs decimal strings (BigInt).
import type { ThreadAddressee, ThreadAttachment, ThreadAuthor } from "../questions/thread-message-view";
import type {
  ConsultationMessageEvent,
  ConsultationReadEvent,
  ConsultationStateEvent,
  JoinConsultationRequest,
  JoinConsultationResult,
} from "./consultation-events";
import type {
  AnsweringDoctorsEvent,
  AnswerSignalRequest,
  AnswerSignalResult,
  JoinQueueRequest,
  JoinQueueResult,
  QueueQuestionEvent,
  QueueUpdateEvent,
} from "./queue-events";
import type { NotificationsUnreadEvent } from "./user-events";

/** A new answer or reply, as an anonymous visitor may see it (live) or as the joining viewer may (catch-up). */
export type ThreadMessageEvent = {
  questionId: number;
  /** ThreadMessage.seq: the thread's total order, the key clients dedupe on and resume after. */
  seq: string;
  message: {
    id: string;
    kind: "ANSWER" | "REPLY";
    /** For a reply, the answer it sits under. */
    parentId: string | null;
    body: string;
    /** Named by the question's pseudonym when it is the question's author. */
    author: ThreadAuthor;
    /** Whom a reply speaks to; null for answers. */
    addressee: ThreadAddressee | null;
    outsideSpecialty: boolean;
    /** fileName is null for files the receiver may not open (doctors-only files in a live payload). */
    attachments: ThreadAttachment[];
    createdAt: string;
    editedAt: string | null;
  };
};

export type QuestionStatusEvent = {
  questionId: number;
  status: "OPEN" | "CLOSED";
  closeReason: string | null;
};

/** An answer's public thanks and agree counts after someone thanked or agreed with it. */
export type AnswerReactionsEvent = {
  questionId: number;
  messageId: string;
  thanksCount: number;
  agreeCount: number;
};

export type JoinQuestionRequest = {
  questionId: number;
  /**
   * The highest seq the client has (the page's lastSeq, then the highest seen): the ack carries every visible
   * message after it. Absent: nothing is caught up.
   */
  afterSeq?: string;
};

export type JoinQuestionResult =
  | { ok: true; missed: ThreadMessageEvent[] }
  | { ok: false; error: "invalid" | "not found" | "failed" };

export type ServerToClientEvents = {
  "thread:message": (event: ThreadMessageEvent) => void;
  "question:status": (event: QuestionStatusEvent) => void;
  "answer:reactions": (event: AnswerReactionsEvent) => void;
  "notifications:unread": (event: NotificationsUnreadEvent) => void;
  "queue:question": (event: QueueQuestionEvent) => void;
  "queue:update": (event: QueueUpdateEvent) => void;
  "answer:doctors": (event: AnsweringDoctorsEvent) => void;
  "consultation:message": (event: ConsultationMessageEvent) => void;
  "consultation:read": (event: ConsultationReadEvent) => void;
  "consultation:state": (event: ConsultationStateEvent) => void;
};

export type ClientToServerEvents = {
  "question:join": (request: JoinQuestionRequest, ack: (result: JoinQuestionResult) => void) => void;
  "question:leave": (request: { questionId: number }) => void;
  "queue:join": (request: JoinQueueRequest, ack: (result: JoinQueueResult) => void) => void;
  "queue:leave": (request: JoinQueueRequest) => void;
  "answer:start": (request: AnswerSignalRequest, ack?: (result: AnswerSignalResult) => void) => void;
  "answer:stop": (request: AnswerSignalRequest, ack?: (result: AnswerSignalResult) => void) => void;
  "consultation:join": (request: JoinConsultationRequest, ack: (result: JoinConsultationResult) => void) => void;
  "consultation:leave": (request: { consultationId: string }) => void;
};

export type SocketData = {
  /** Null for an anonymous visitor: public threads can be watched without an account. */
  userId: string | null;
};

export const questionRoom = (questionId: number) => `question:${questionId}`;

/**
 * What one client has of a thread. A join's catch-up and the live events can overlap (the server joins the room
 * before it reads the catch-up), so every client dedupes by seq. `rendered` is the lastSeq of the page the client
 * shows: writers commit a question's messages in seq order (lockQuestion), so that page holds every message up to it.
 */
export function threadCursor(rendered: string) {
  const seen = new Set<string>();
  let floor = BigInt(rendered);
  let highest = floor;
  return {
    /** True the first time a message the page does not show yet is offered; false for duplicates. */
    accept(seq: string): boolean {
      const value = BigInt(seq);
      if (value <= floor || seen.has(seq)) return false;
      seen.add(seq);
      if (value > highest) highest = value;
      return true;
    },
    /** A freshly rendered page's lastSeq: everything up to it is on screen. */
    rendered(seq: string): void {
      const value = BigInt(seq);
      if (value > floor) floor = value;
      if (value > highest) highest = value;
    },
    /** What to resume after on the next join. */
    get afterSeq(): string {
      return highest.toString();
    },
  };
}
