// The one permission matrix. Use-cases ask `can(actor, action, resource)` before they change or
// reveal anything; layouts and proxy.ts only redirect. A resource the actor may not see is answered
// as NOT_FOUND by the use-case, so its existence does not leak.
import type { AttachmentVisibility, QuestionStatus, Role, UserStatus } from "../generated/prisma/enums";

export type Actor = {
  id: string;
  role: Role;
  status: UserStatus;
  suspendedUntil: Date | null;
  /** Only meaningful for doctors: verified by an admin. */
  doctorVerified: boolean;
  /** A moderator who is a qualified doctor: the one who judges complaints about dangerous medical advice. */
  medicalReviewer: boolean;
};

/** Who is asking: a signed-in actor, or null for an anonymous visitor. */
export type Viewer = Actor | null;

type QuestionResource = { authorId: string; status: QuestionStatus; hidden: boolean };
type AttachmentResource = { ownerId: string; visibility: AttachmentVisibility; hidden: boolean };
type ConsultationResource = { patientId: string; doctorId: string };
/** `routedToMedicalReview`: a dangerous-advice complaint, while routing to medical reviewers is on. */
type ComplaintResource = { routedToMedicalReview: boolean };

type Resources = {
  "question.read": QuestionResource;
  "question.ask": undefined;
  "question.close": QuestionResource;
  "answer.post": QuestionResource;
  "reply.post": QuestionResource;
  "attachment.read": AttachmentResource;
  "attachment.upload": undefined;
  "complaint.file": undefined;
  "moderation.queue.view": undefined;
  "complaint.resolve": ComplaintResource;
  "doctor.verify": undefined;
  "audit.read": undefined;
  "article.write": undefined;
  "article.rate": undefined;
  "consultation.start": undefined;
  "consultation.read": ConsultationResource;
};

export type Action = keyof Resources;

const STAFF: readonly Role[] = ["MODERATOR", "ADMIN"];

export function isSuspended(actor: Actor, now: Date = new Date()): boolean {
  if (actor.status !== "SUSPENDED") return false;
  return actor.suspendedUntil === null || actor.suspendedUntil > now;
}

const isStaff = (actor: Viewer): boolean => actor !== null && STAFF.includes(actor.role);
const isVerifiedDoctor = (actor: Viewer): boolean => actor !== null && actor.role === "DOCTOR" && actor.doctorVerified;
/** Signed in and allowed to write: suspended users may still read. */
const canWrite = (actor: Viewer, now: Date): actor is Actor => actor !== null && !isSuspended(actor, now);

type Rule<A extends Action> = (actor: Viewer, resource: Resources[A], now: Date) => boolean;

const RULES: { [A in Action]: Rule<A> } = {
  "question.read": (actor, q) => !q.hidden || isStaff(actor) || actor?.id === q.authorId,
  "question.ask": (actor, _r, now) => canWrite(actor, now) && actor.role === "PATIENT",
  "question.close": (actor, q, now) =>
    canWrite(actor, now) && q.status === "OPEN" && (actor.id === q.authorId || isStaff(actor)),
  "answer.post": (actor, q, now) => canWrite(actor, now) && isVerifiedDoctor(actor) && q.status === "OPEN" && !q.hidden,
  "reply.post": (actor, q, now) =>
    canWrite(actor, now) && q.status === "OPEN" && !q.hidden && (actor.id === q.authorId || isVerifiedDoctor(actor)),
  "attachment.read": (actor, a) => {
    if (isStaff(actor) || (actor !== null && actor.id === a.ownerId)) return true;
    if (a.hidden) return false;
    return a.visibility === "PUBLIC" || isVerifiedDoctor(actor);
  },
  // Anyone who may write may upload; where the file may go (question, reply) is checked when it is attached.
  "attachment.upload": (actor, _r, now) => canWrite(actor, now),
  "complaint.file": (actor) => actor !== null,
  "moderation.queue.view": (actor) => isStaff(actor),
  "complaint.resolve": (actor, complaint, now) =>
    isStaff(actor) &&
    canWrite(actor, now) &&
    (!complaint.routedToMedicalReview || actor.role === "ADMIN" || actor.medicalReviewer),
  "doctor.verify": (actor, _r, now) => canWrite(actor, now) && actor.role === "ADMIN",
  "audit.read": (actor) => actor?.role === "ADMIN",
  "article.write": (actor, _r, now) => canWrite(actor, now) && isVerifiedDoctor(actor),
  "article.rate": (actor, _r, now) => canWrite(actor, now),
  "consultation.start": (actor, _r, now) => canWrite(actor, now) && actor.role === "PATIENT",
  "consultation.read": (actor, c) => actor !== null && (actor.id === c.patientId || actor.id === c.doctorId),
};

export function can<A extends Action>(
  actor: Viewer,
  action: A,
  ...[resource, now = new Date()]: Resources[A] extends undefined ? [undefined?, Date?] : [Resources[A], Date?]
): boolean {
  return (RULES[action] as Rule<A>)(actor, resource as Resources[A], now);
}
