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
    ["consultation.start", undefined, [false, true, true, false, false, false, false, false]],
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

  it("lets only the two participants read a private consultation", () => {
    const consultation = { patientId: patient.id, doctorId: doctor.id };
    expect(
      [null, patient, otherPatient, doctor, unverifiedDoctor, moderator, admin].map((v) =>
        can(v, "consultation.read", consultation),
      ),
    ).toEqual([false, true, false, true, false, false, false]);
  });

  it("lets a moderator who is a medical reviewer resolve dangerous-advice complaints", () => {
    const reviewer = actor("MODERATOR", { id: "moderator-2", medicalReviewer: true });
    expect(can(reviewer, "complaint.resolve", { routedToMedicalReview: true })).toBe(true);
    const suspendedReviewer = { ...reviewer, status: "SUSPENDED" as const, suspendedUntil: null };
    expect(can(suspendedReviewer, "complaint.resolve", { routedToMedicalReview: true })).toBe(false);
  });

  it("ends a suspension at its end date", () => {
    expect(isSuspended(suspendedPatient, now)).toBe(true);
    expect(isSuspended(formerlySuspended, now)).toBe(false);
    expect(can(formerlySuspended, "question.ask", undefined, now)).toBe(true);
    expect(isSuspended(actor("PATIENT", { status: "SUSPENDED", suspendedUntil: null }), now)).toBe(true);
  });
});
