import { describe, expect, it } from "vitest";
import { type Actor, can, isSuspended } from "../../lib/auth/permissions";

const now = new Date("2026-11-26T12:00:00Z");
const actor = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
  id: `${role.toLowerCase()}-1`,
  role,
  status: "ACTIVE",
  suspendedUntil: null,
  doctorVerified: role === "DOCTOR",
  medicalReviewer: false,
  ...extra,
});

const patient = actor("PATIENT");
const otherPatient = actor("PATIENT", { id: "patient-2" });
const doctor = actor("DOCTOR");
const unverifiedDoctor = actor("DOCTOR", { id: "doctor-2", doctorVerified: false });
const moderator = actor("MODERATOR");
const admin = actor("ADMIN");
const suspendedPatient = actor("PATIENT", {
  id: "patient-3",
  status: "SUSPENDED",
  suspendedUntil: new Date("2026-12-01T00:00:00Z"),
});
const formerlySuspended = actor("PATIENT", { status: "SUSPENDED", suspendedUntil: new Date("2026-11-01T00:00:00Z") });

const openQuestion = { authorId: patient.id, status: "OPEN", hidden: false } as const;
const closedQuestion = { ...openQuestion, status: "CLOSED" } as const;
const hiddenQuestion = { ...openQuestion, hidden: true } as const;

describe("the permission matrix, cell by cell", () => {
  const viewers = {
    visitor: null,
    patient,
    otherPatient,
    doctor,
    unverifiedDoctor,
    moderator,
    admin,
    suspendedPatient,
  };

  it.each([
    // action, expected per viewer: visitor, patient(author), otherPatient, doctor, unverifiedDoctor, moderator, admin, suspended
    ["question.ask", undefined, [false, true, true, false, false, false, false, false]],
    ["question.read", openQuestion, [true, true, true, true, true, true, true, true]],
    ["question.read", hiddenQuestion, [false, true, false, false, false, true, true, false]],
    ["question.close", openQuestion, [false, true, false, false, false, true, true, false]],
    ["question.close", closedQuestion, [false, false, false, false, false, false, false, false]],
    ["answer.post", openQuestion, [false, false, false, true, false, false, false, false]],
    ["answer.post", closedQuestion, [false, false, false, false, false, false, false, false]],
    ["reply.post", openQuestion, [false, true, false, true, false, false, false, false]],
    ["reply.post", closedQuestion, [false, false, false, false, false, false, false, false]],
    ["attachment.upload", undefined, [false, true, true, true, true, true, true, false]],
    ["complaint.file", undefined, [false, true, true, true, true, true, true, true]],
    ["moderation.queue.view", undefined, [false, false, false, false, false, true, true, false]],
    ["complaint.resolve", { routedToMedicalReview: false }, [false, false, false, false, false, true, true, false]],
    // Dangerous-advice complaints go to moderators who are doctors (and admins); this moderator is not one.
    ["complaint.resolve", { routedToMedicalReview: true }, [false, false, false, false, false, false, true, false]],
    ["doctor.verify", undefined, [false, false, false, false, false, false, true, false]],
    ["audit.read", undefined, [false, false, false, false, false, false, true, false]],
    ["article.write", undefined, [false, false, false, true, false, false, false, false]],
    [
      "article.read",
      { authorId: "doctor-1", published: true, hidden: false },
      [true, true, true, true, true, true, true, true],
    ],
    [
      "article.read",
      { authorId: "doctor-1", published: true, hidden: true },
      [false, false, false, false, false, true, true, false],
    ],
    [
      "article.read",
      { authorId: "doctor-1", published: false, hidden: false },
      [false, false, false, true, false, true, true, false],
    ],
    ["consultation.start", undefined, [false, true, true, false, false, false, false, false]],
    ["consultation.offer", undefined, [false, false, false, true, true, false, false, false]],
    ["consultation.earnings", undefined, [false, false, false, true, true, false, false, false]],
    ["doctor.queue.view", undefined, [false, false, false, true, false, false, false, false]],
    ["doctor.profile.view", undefined, [false, false, false, true, true, false, false, false]],
    ["limits.exempt", undefined, [false, false, false, false, false, true, true, false]],
    // What a moderator hid in a private thread, written by the patient: staff see it only in a complaint's review.
    [
      "consultation.hidden.read",
      { authorId: patient.id, review: false },
      [false, true, false, false, false, false, false, false],
    ],
    [
      "consultation.hidden.read",
      { authorId: patient.id, review: true },
      [false, true, false, false, false, true, true, false],
    ],
    ["answer.start", openQuestion, [false, false, false, true, false, false, false, false]],
    ["answer.start", closedQuestion, [false, false, false, false, false, false, false, false]],
    ["answer.start", hiddenQuestion, [false, false, false, false, false, false, false, false]],
  ] as const)("%s on %o", (action, resource, expected) => {
    const results = Object.values(viewers).map((viewer) =>
      // biome-ignore lint/suspicious/noExplicitAny: the table mixes actions; each row's resource matches its action.
      (can as any)(viewer, action, resource, now),
    );
    expect(Object.fromEntries(Object.keys(viewers).map((name, i) => [name, results[i]]))).toEqual(
      Object.fromEntries(Object.keys(viewers).map((name, i) => [name, expected[i]])),
    );
  });

  it("shows doctors-only attachments to the owner, verified doctors and staff only", () => {
    const file = { ownerId: patient.id, visibility: "DOCTORS_ONLY", hidden: false } as const;
    expect(
      [null, patient, otherPatient, doctor, unverifiedDoctor, moderator].map((v) => can(v, "attachment.read", file)),
    ).toEqual([false, true, false, true, false, true]);
    const publicFile = { ...file, visibility: "PUBLIC" } as const;
    expect(can(null, "attachment.read", publicFile)).toBe(true);
    expect(can(null, "attachment.read", { ...publicFile, hidden: true })).toBe(false);
  });

  it("lets only the two participants read a private consultation, the doctor once it is paid", () => {
    const consultation = { patientId: patient.id, doctorId: doctor.id, state: "ACTIVE", paid: true } as const;
    const readers = [null, patient, otherPatient, doctor, unverifiedDoctor, moderator, admin];
    expect(readers.map((v) => can(v, "consultation.read", consultation))).toEqual([
      false,
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
    const unpaid = { ...consultation, state: "AWAITING_PAYMENT", paid: false } as const;
    expect(readers.map((v) => can(v, "consultation.read", unpaid))).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("lets the two write only while the consultation is paid and open; only the patient closes and rates", () => {
    const base = { patientId: patient.id, doctorId: doctor.id, paid: true } as const;
    const states = ["AWAITING_PAYMENT", "ACTIVE", "ANSWERED", "CLOSED", "REFUNDED", "EXPIRED"] as const;
    const row = (who: Actor, action: "consultation.message" | "consultation.close" | "consultation.rate") =>
      states.map((state) => can(who, action, { ...base, state }, now));
    expect(row(patient, "consultation.message")).toEqual([false, true, true, false, false, false]);
    expect(row(doctor, "consultation.message")).toEqual([false, true, true, false, false, false]);
    expect(row(otherPatient, "consultation.message")).toEqual([false, false, false, false, false, false]);
    expect(row(suspendedPatient, "consultation.message")).toEqual([false, false, false, false, false, false]);
    expect(row(patient, "consultation.close")).toEqual([false, false, true, false, false, false]);
    expect(row(doctor, "consultation.close")).toEqual([false, false, false, false, false, false]);
    expect(row(patient, "consultation.rate")).toEqual([false, false, true, true, false, false]);
    expect(row(doctor, "consultation.rate")).toEqual([false, false, false, false, false, false]);
  });

  it("lets staff open a private thread only through a complaint about it", () => {
    const viewers = [null, patient, doctor, moderator, admin];
    expect(viewers.map((v) => can(v, "consultation.review", { hasComplaint: true }))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(viewers.map((v) => can(v, "consultation.review", { hasComplaint: false }))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("lets the asker thank and other verified doctors agree, never with their own answer", () => {
    const answer = { questionAuthorId: patient.id, answerAuthorId: "doctor-9", questionHidden: false };
    const who = [null, patient, otherPatient, doctor, unverifiedDoctor, moderator, suspendedPatient];
    expect(who.map((v) => can(v, "answer.thank", answer, now))).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(who.map((v) => can(v, "answer.agree", answer, now))).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
    const own = { ...answer, answerAuthorId: doctor.id };
    expect(can(doctor, "answer.agree", own, now)).toBe(false);
    expect(can(patient, "answer.thank", { ...answer, questionHidden: true }, now)).toBe(false);
  });

  it("lets a moderator who is a medical reviewer resolve dangerous-advice complaints", () => {
    const reviewer = actor("MODERATOR", { id: "moderator-2", medicalReviewer: true });
    expect(can(reviewer, "complaint.resolve", { routedToMedicalReview: true })).toBe(true);
    const suspendedReviewer = { ...reviewer, status: "SUSPENDED" as const, suspendedUntil: null };
    expect(can(suspendedReviewer, "complaint.resolve", { routedToMedicalReview: true })).toBe(false);
  });

  it("lets a suspended doctor still look at their own profile, not change it", () => {
    const suspendedDoctor = actor("DOCTOR", { status: "SUSPENDED", suspendedUntil: null });
    expect(can(suspendedDoctor, "doctor.profile.view", undefined, now)).toBe(true);
    expect(can(suspendedDoctor, "doctor.profile.edit", undefined, now)).toBe(false);
  });

  it("ends a suspension at its end date", () => {
    expect(isSuspended(suspendedPatient, now)).toBe(true);
    expect(isSuspended(formerlySuspended, now)).toBe(false);
    expect(can(formerlySuspended, "question.ask", undefined, now)).toBe(true);
    expect(isSuspended(actor("PATIENT", { status: "SUSPENDED", suspendedUntil: null }), now)).toBe(true);
  });
});
