// The doctor queue's and the "Dr. X is answering" part of the socket.io contract (events.ts merges it in). The
// browser imports it too: no server-only imports. Dates cross the wire as ISO strings.

/** One question in a doctor's queue, as the queue page shows it (and as a new question arrives live). */
export type QueueQuestionRow = {
  questionId: number;
  specialty: { id: number; name: string };
  title: string;
  excerpt: string;
  shownName: string;
  /** ISO time the question was asked; the page shows how long it has been waiting. */
  createdAt: string;
  answerCount: number;
  attachmentCount: number;
  urgent: boolean;
  /** Labels of the warning signs the patient ticked. */
  redFlags: string[];
  /** Names of the doctors writing an answer right now ("Dr. Anna Petrova"). */
  answering: string[];
};

/** A question just asked, to the rooms of its specialty's queue. */
export type QueueQuestionEvent = { row: QueueQuestionRow };

/**
 * A queued question changed: an answer was posted, a doctor started or stopped writing one, it was closed or hidden.
 * Open queue pages update the row in place (and move it, since answered questions sort after unanswered ones), or
 * drop it when it left the queue or when the viewing doctor is among those who answered.
 */
export type QueueUpdateEvent = {
  questionId: number;
  /** False once the question is closed, hidden or deleted: it leaves every queue. */
  open: boolean;
  answerCount: number;
  answering: string[];
  /** Doctors with a visible answer: the question is no longer in their own queue. */
  answeredByIds: string[];
};

export type JoinQueueRequest = { specialtyIds: number[] };
export type JoinQueueResult = { ok: true; specialtyIds: number[] } | { ok: false; error: "invalid" | "forbidden" };

export type AnsweringDoctor = {
  doctorId: string;
  /** As shown: "Dr. Anna Petrova". */
  name: string;
  /** Seconds until the lock expires unless renewed: relative, so a client's clock does not matter. */
  expiresInSeconds: number;
};

/** Everyone writing an answer to a question now; sent to the question's room after every change. */
export type AnsweringDoctorsEvent = { questionId: number; doctors: AnsweringDoctor[] };

export type AnswerSignalRequest = { questionId: number };
export type AnswerSignalResult = { ok: true } | { ok: false; error: "invalid" | "forbidden" | "failed" };

/** The room of one specialty's queue: verified doctors of that specialty only. */
export const queueRoom = (specialtyId: number) => `queue:specialty:${specialtyId}`;
