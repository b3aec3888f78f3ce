// The one permission matrix. Use-cases ask `can(actor, action, resource)` before they change or
// reveal anything; layouts and proxy.ts only redirect. A resource the actor may not see is answered
// as NOT_FOUND by the use-case, so its existence does not leak.
import type {
  AttachmentVisibility,
  ConsultationState,
  QuestionStatus,
  Role,
  UserStatus,
} from "../generated/prisma/enums";

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
/** `paid`: a payment was confirmed once (Consultation.paidAt is set); the doctor sees nothing before that. */
type ConsultationResource = { patientId: string; doctorId: string; state: ConsultationState; paid: boolean };
/** A staff member may open a private thread only through a complaint about one of its messages. */
type ConsultationReviewResource = { hasComplaint: boolean };
type AnswerResource = { questionAuthorId: string; answerAuthorId: string; questionHidden: boolean };
/** `routedToMedicalReview`: a dangerous-advice complaint, while routing to medical reviewers is on. */
type ComplaintResource = { routedToMedicalReview: boolean };
/** `published`: publishedAt is set; a draft is the author's (and staff's) only. */
type ArticleResource = { authorId: string; published: boolean; hidden: boolean };

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
  "article.read": ArticleResource;
  "article.write": undefined;
  "article.rate": undefined;
  "consultation.start": undefined;
  "consultation.read": ConsultationResource;
  "consultation.message": ConsultationResource;
  "consultation.close": ConsultationResource;
  "consultation.rate": ConsultationResource;
  "consultation.review": ConsultationReviewResource;
  /** What a moderator hid in a private thread: for its author (or uploader), and for staff in a complaint's review. */
  "consultation.hidden.read": { authorId: string; review: boolean };
  /** A doctor's own price and offer. */
  "consultation.offer": undefined;
  /** A doctor's own earnings: reading, so a suspended doctor may still look. */
  "consultation.earnings": undefined;
  /** A doctor's own public profile: photo and "about me". */
  "doctor.profile.edit": undefined;
  /** Reading it back on the settings page: so a suspended or unverified doctor may still look. */
  "doctor.profile.view": undefined;
  /** A doctor's photo: public with the profile (verified doctors); before that only to the doctor and staff. */
  "doctor.photo.view": { doctorId: string; verified: boolean };
  /** Taking down a doctor's unsuitable photo or introduction, with a reason the doctor is told. */
  "doctor.profile.moderate": undefined;
  "doctor.queue.view": undefined;
  /** "Dr. X is answering": only those who could post the answer. */
  "answer.start": QuestionResource;
  "answer.thank": AnswerResource;
  "answer.agree": AnswerResource;
  /** Posting without the flood limits (lib/limits/assert-within-limits.ts). */
  "limits.exempt": undefined;
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
  // A hidden article is for staff only, its author included; a draft (no publishedAt) for its author and staff.
  "article.read": (actor, a) => isStaff(actor) || (!a.hidden && (a.published || actor?.id === a.authorId)),
  "article.write": (actor, _r, now) => canWrite(actor, now) && isVerifiedDoctor(actor),
  "article.rate": (actor, _r, now) => canWrite(actor, now),
  "consultation.start": (actor, _r, now) => canWrite(actor, now) && actor.role === "PATIENT",
  "consultation.read": (actor, c) =>
    actor !== null && (actor.id === c.patientId || (actor.id === c.doctorId && c.paid)),
  "consultation.message": (actor, c, now) =>
    canWrite(actor, now) &&
    c.paid &&
    (c.state === "ACTIVE" || c.state === "ANSWERED") &&
    (actor.id === c.patientId || actor.id === c.doctorId),
  "consultation.close": (actor, c, now) => canWrite(actor, now) && actor.id === c.patientId && c.state === "ANSWERED",
  // Rated once it is over with an answer: when the patient closes it (or later, from the closed thread).
  "consultation.rate": (actor, c, now) =>
    canWrite(actor, now) && actor.id === c.patientId && (c.state === "ANSWERED" || c.state === "CLOSED"),
  "consultation.review": (actor, r) => isStaff(actor) && r.hasComplaint,
  "consultation.hidden.read": (actor, m) => actor?.id === m.authorId || (m.review && isStaff(actor)),
  "consultation.offer": (actor, _r, now) => canWrite(actor, now) && actor.role === "DOCTOR",
  "consultation.earnings": (actor) => actor?.role === "DOCTOR",
  "doctor.profile.edit": (actor, _r, now) => canWrite(actor, now) && actor.role === "DOCTOR",
  "doctor.profile.view": (actor) => actor?.role === "DOCTOR",
  "doctor.photo.view": (actor, d) => d.verified || actor?.id === d.doctorId || isStaff(actor),
  "doctor.profile.moderate": (actor, _r, now) => canWrite(actor, now) && isStaff(actor),
  "doctor.queue.view": (actor) => isVerifiedDoctor(actor),
  "answer.start": (actor, q, now) =>
    canWrite(actor, now) && isVerifiedDoctor(actor) && q.status === "OPEN" && !q.hidden,
  "answer.thank": (actor, a, now) =>
    canWrite(actor, now) && !a.questionHidden && actor.id === a.questionAuthorId && actor.id !== a.answerAuthorId,
  "answer.agree": (actor, a, now) =>
    canWrite(actor, now) && !a.questionHidden && isVerifiedDoctor(actor) && actor.id !== a.answerAuthorId,
  "limits.exempt": (actor) => isStaff(actor),
};

export function can<A extends Action>(
  actor: Viewer,
  action: A,
  ...[resource, now = new Date()]: Resources[A] extends undefined ? [undefined?, Date?] : [Resources[A], Date?]
): boolean {
  return (RULES[action] as Rule<A>)(actor, resource as Resources[A], now);
}
