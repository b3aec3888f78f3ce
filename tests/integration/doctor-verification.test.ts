// Doctor verification: admins only; approve or reject (with a reason) once; the doctor is told; it goes on record.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import { can } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import {
  ALREADY_DECIDED,
  decideDoctorVerification,
  REJECTED_TITLE,
  VERIFIED_TITLE,
} from "../../lib/doctors/decide-doctor-verification";
import { listDoctorApplications } from "../../lib/doctors/list-doctor-applications";
import { postAnswer } from "../../lib/messages/post-answer";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("doctor_verification");

let neurologyId: number;
let cardiologyId: number;
let admin: Person;
let moderator: Person;
let patient: Person;
let verifiedDoctor: Person;

const profileOf = (doctorId: string) =>
  db().doctorProfile.findUniqueOrThrow({
    where: { userId: doctorId },
    select: { verification: true, verifiedAt: true, verifiedById: true, rejectionReason: true },
  });
const notificationsOf = (userId: string) =>
  db().notification.findMany({
    where: { userId },
    select: { id: true, type: true, title: true, body: true, url: true },
  });
const outboxOf = (userId: string) =>
  db().emailOutbox.findMany({
    where: { userId },
    select: { notificationId: true, toAddress: true, subject: true, textBody: true },
  });
const auditOf = (doctorId: string) =>
  db().auditLog.findMany({
    where: { targetType: "DoctorProfile", targetId: doctorId },
    orderBy: { id: "asc" },
    select: { actorId: true, action: true, before: true, after: true, reason: true, createdAt: true },
  });

/** Everything a decision writes about one doctor, to prove a refusal wrote none of it. */
const footprintOf = async (doctorId: string) => ({
  profile: await profileOf(doctorId),
  notifications: await notificationsOf(doctorId),
  outbox: await outboxOf(doctorId),
  audit: await auditOf(doctorId),
});

beforeAll(async () => {
  neurologyId = (await createSpecialty("Neurologist")).id;
  cardiologyId = (await createSpecialty("Cardiologist")).id;
  admin = await createPerson({ name: "Adrian Moss", role: "ADMIN" });
  moderator = await createPerson({ name: "Mona Reyes", role: "MODERATOR" });
  patient = await createPerson({ name: "Mark Tanner" });
  verifiedDoctor = await createDoctor({ name: "Irina Maslova", specialtyIds: [neurologyId] });
});

describe("decideDoctorVerification", () => {
  it("approves: verified by whom and when, notified in the app and by e-mail, on record", async () => {
    const doctor = await createDoctor({ name: "Tomas Berg", specialtyIds: [neurologyId], verified: false });
    const now = new Date(Date.UTC(2026, 10, 26, 10, 0));
    const result = await decideDoctorVerification({
      actor: admin.actor,
      input: { doctorId: doctor.id, decision: "APPROVE", reason: " Licence checked in the register " },
      now,
    });
    expect(result).toEqual({ doctorId: doctor.id, verification: "VERIFIED", decidedAt: now });

    expect(await profileOf(doctor.id)).toEqual({
      verification: "VERIFIED",
      verifiedAt: now,
      verifiedById: admin.id,
      rejectionReason: null,
    });
    const notifications = await notificationsOf(doctor.id);
    expect(notifications).toEqual([
      expect.objectContaining({ type: "DOCTOR_VERIFIED", title: VERIFIED_TITLE, url: "/?show=unanswered" }),
    ]);
    const outbox = await outboxOf(doctor.id);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      notificationId: notifications[0]?.id,
      toAddress: doctor.email,
      subject: VERIFIED_TITLE,
    });
    expect(await auditOf(doctor.id)).toEqual([
      {
        actorId: admin.id,
        action: "doctor.verify",
        before: { verification: "PENDING", rejectionReason: null },
        after: { verification: "VERIFIED", rejectionReason: null },
        reason: "Licence checked in the register",
        createdAt: now,
      },
    ]);
  });

  it("rejects with the reason: the doctor reads it in the app and in the e-mail, and it is on record", async () => {
    const doctor = await createDoctor({ name: "Lars Holm", specialtyIds: [cardiologyId], verified: false });
    const reason = "The licence number is not in the national register.";
    await decideDoctorVerification({ actor: admin.actor, input: { doctorId: doctor.id, decision: "REJECT", reason } });

    expect(await profileOf(doctor.id)).toEqual({
      verification: "REJECTED",
      verifiedAt: null,
      verifiedById: null,
      rejectionReason: reason,
    });
    const notifications = await notificationsOf(doctor.id);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ type: "DOCTOR_REJECTED", title: REJECTED_TITLE });
    expect(notifications[0]?.body).toContain(reason);
    const outbox = await outboxOf(doctor.id);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.textBody).toContain(reason);
    expect(await auditOf(doctor.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "doctor.reject",
        before: { verification: "PENDING", rejectionReason: null },
        after: { verification: "REJECTED", rejectionReason: reason },
        reason,
      }),
    ]);
    expect((await loadActor(doctor.id))?.doctorVerified).toBe(false);
  });

  it("writes a notification but no e-mail for a doctor who chose no e-mail", async () => {
    const doctor = await createDoctor({ specialtyIds: [neurologyId], verified: false, emailFrequency: "NONE" });
    await decideDoctorVerification({ actor: admin.actor, input: { doctorId: doctor.id, decision: "APPROVE" } });
    expect(await notificationsOf(doctor.id)).toHaveLength(1);
    expect(await outboxOf(doctor.id)).toEqual([]);
  });

  it("refuses a rejection without a reason, with the message on the reason field, and writes nothing", async () => {
    const doctor = await createDoctor({ specialtyIds: [neurologyId], verified: false });
    const before = await footprintOf(doctor.id);
    for (const reason of [undefined, "", "   "]) {
      const error = await failureOf(
        decideDoctorVerification({ actor: admin.actor, input: { doctorId: doctor.id, decision: "REJECT", reason } }),
      );
      expect(error.code).toBe("INVALID");
      expect(error.fieldErrors.reason?.[0]).toMatch(/why/);
    }
    expect(await footprintOf(doctor.id)).toEqual(before);
    expect(before.profile.verification).toBe("PENDING");
  });

  it("refuses moderators, doctors, patients and visitors, and writes nothing", async () => {
    const doctor = await createDoctor({ specialtyIds: [neurologyId], verified: false });
    const before = await footprintOf(doctor.id);
    for (const actor of [moderator.actor, verifiedDoctor.actor, patient.actor, doctor.actor, null]) {
      for (const decision of ["APPROVE", "REJECT"]) {
        const error = await failureOf(
          decideDoctorVerification({ actor, input: { doctorId: doctor.id, decision, reason: "Looks fine to me" } }),
        );
        expect(error.code).toBe("FORBIDDEN");
      }
    }
    const suspendedAdmin = await createPerson({ role: "ADMIN", suspended: true });
    const suspended = await failureOf(
      decideDoctorVerification({ actor: suspendedAdmin.actor, input: { doctorId: doctor.id, decision: "APPROVE" } }),
    );
    expect(suspended).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/suspended/) });
    expect(await footprintOf(doctor.id)).toEqual(before);
    expect(await db().auditLog.count({ where: { actorId: { in: [moderator.id, patient.id] } } })).toBe(0);
  });

  it("answers NOT_FOUND for an account that is not a doctor, and CONFLICT for a decision already taken", async () => {
    const missing = await failureOf(
      decideDoctorVerification({ actor: admin.actor, input: { doctorId: patient.id, decision: "APPROVE" } }),
    );
    expect(missing.code).toBe("NOT_FOUND");

    const auditBefore = await auditOf(verifiedDoctor.id);
    for (const decision of ["APPROVE", "REJECT"]) {
      const error = await failureOf(
        decideDoctorVerification({
          actor: admin.actor,
          input: { doctorId: verifiedDoctor.id, decision, reason: "Second look" },
        }),
      );
      expect(error).toMatchObject({ code: "CONFLICT", message: ALREADY_DECIDED });
    }
    expect((await profileOf(verifiedDoctor.id)).verification).toBe("VERIFIED");
    expect(await auditOf(verifiedDoctor.id)).toEqual(auditBefore);
  });

  it("lets exactly one of two administrators deciding at the same moment win", async () => {
    const secondAdmin = await createPerson({ name: "Beatrix Olsen", role: "ADMIN" });
    for (let round = 0; round < 5; round++) {
      const doctor = await createDoctor({ specialtyIds: [neurologyId], verified: false });
      const results = await Promise.allSettled([
        decideDoctorVerification({ actor: admin.actor, input: { doctorId: doctor.id, decision: "APPROVE" } }),
        decideDoctorVerification({
          actor: secondAdmin.actor,
          input: { doctorId: doctor.id, decision: "REJECT", reason: "No such licence." },
        }),
      ]);
      const won = results.filter((result) => result.status === "fulfilled");
      const lost = results.filter((result) => result.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", message: ALREADY_DECIDED });

      const winner = (won[0] as PromiseFulfilledResult<{ verification: string }>).value;
      expect((await profileOf(doctor.id)).verification).toBe(winner.verification);
      const audit = await auditOf(doctor.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]?.action).toBe(winner.verification === "VERIFIED" ? "doctor.verify" : "doctor.reject");
      expect(await notificationsOf(doctor.id)).toHaveLength(1);
      expect(await outboxOf(doctor.id)).toHaveLength(1);
    }
  });

  it("lets the doctor answer from the next request on: loadActor reads them as verified", async () => {
    const doctor = await createDoctor({ specialtyIds: [neurologyId], verified: false });
    const questionId = await createQuestion({ authorId: patient.id, specialtyId: neurologyId });
    const question = { authorId: patient.id, status: "OPEN", hidden: false } as const;
    const body = "How long have you had the headaches, and do they wake you at night?";
    const beforeActor = await loadActor(doctor.id);
    expect(beforeActor?.doctorVerified).toBe(false);
    expect(can(beforeActor, "answer.post", question)).toBe(false);
    expect((await failureOf(postAnswer({ actor: beforeActor, input: { questionId, body } }))).code).toBe("FORBIDDEN");

    await decideDoctorVerification({ actor: admin.actor, input: { doctorId: doctor.id, decision: "APPROVE" } });
    const afterActor = await loadActor(doctor.id);
    expect(afterActor?.doctorVerified).toBe(true);
    expect(can(afterActor, "answer.post", question)).toBe(true);
    const { messageId } = await postAnswer({ actor: afterActor, input: { questionId, body } });
    expect(await db().threadMessage.count({ where: { id: messageId, authorId: doctor.id, kind: "ANSWER" } })).toBe(1);
  });

  it("approves a rejected doctor later, clearing the old reason, with a second audit entry", async () => {
    const doctor = await createDoctor({ specialtyIds: [neurologyId], verified: false });
    const reason = "The scan of the diploma is unreadable.";
    await decideDoctorVerification({ actor: admin.actor, input: { doctorId: doctor.id, decision: "REJECT", reason } });
    const again = await failureOf(
      decideDoctorVerification({
        actor: admin.actor,
        input: { doctorId: doctor.id, decision: "REJECT", reason: "Still unreadable." },
      }),
    );
    expect(again.code).toBe("CONFLICT");

    await decideDoctorVerification({
      actor: admin.actor,
      input: { doctorId: doctor.id, decision: "APPROVE", reason: "A readable scan arrived by post." },
    });
    expect(await profileOf(doctor.id)).toMatchObject({
      verification: "VERIFIED",
      verifiedById: admin.id,
      rejectionReason: null,
    });
    expect((await auditOf(doctor.id)).map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      [
        "doctor.reject",
        { verification: "PENDING", rejectionReason: null },
        { verification: "REJECTED", rejectionReason: reason },
      ],
      [
        "doctor.verify",
        { verification: "REJECTED", rejectionReason: reason },
        { verification: "VERIFIED", rejectionReason: null },
      ],
    ]);
    expect((await notificationsOf(doctor.id)).map((n) => n.type).sort()).toEqual([
      "DOCTOR_REJECTED",
      "DOCTOR_VERIFIED",
    ]);
  });
});

describe("listDoctorApplications", () => {
  it("lists waiting doctors oldest first with their stated credentials, and rejected ones in their own queue", async () => {
    // A fresh slate of applications: decide every doctor still waiting from the tests above.
    for (const { doctorId } of (await listDoctorApplications({ actor: admin.actor, pageSize: 100 })).items) {
      await decideDoctorVerification({ actor: admin.actor, input: { doctorId, decision: "APPROVE" } });
    }
    const newer = await createDoctor({ name: "Newer Applicant", specialtyIds: [neurologyId], verified: false });
    const older = await createDoctor({
      name: "Older Applicant",
      specialtyIds: [cardiologyId, neurologyId],
      verified: false,
    });
    await db().doctorProfile.update({
      where: { userId: older.id },
      data: {
        createdAt: new Date(Date.UTC(2026, 0, 2)),
        degree: "cardiology",
        licenseNumber: "LV-77120",
        yearsOfExperience: 7,
      },
    });
    await db().doctorProfile.update({
      where: { userId: newer.id },
      data: { createdAt: new Date(Date.UTC(2026, 0, 3)) },
    });

    const pending = await listDoctorApplications({ actor: admin.actor });
    expect(pending.items.map((item) => item.name)).toEqual(["Older Applicant", "Newer Applicant"]);
    expect(pending.items[0]).toEqual({
      doctorId: older.id,
      name: "Older Applicant",
      email: older.email,
      specialties: ["Cardiologist", "Neurologist"],
      university: "Riga Stradins University",
      degree: "cardiology",
      yearsOfExperience: 7,
      licenseNumber: "LV-77120",
      signedUpAt: new Date(Date.UTC(2026, 0, 2)),
      state: "PENDING",
      rejectionReason: null,
      photoUrl: null,
    });
    expect(pending.items.some((item) => item.doctorId === verifiedDoctor.id)).toBe(false);

    await decideDoctorVerification({
      actor: admin.actor,
      input: { doctorId: newer.id, decision: "REJECT", reason: "No licence number." },
    });
    const afterwards = await listDoctorApplications({ actor: admin.actor });
    expect(afterwards.items.map((item) => item.doctorId)).toEqual([older.id]);
    expect(afterwards.counts.PENDING).toBe(1);
    const rejected = await listDoctorApplications({ actor: admin.actor, state: "REJECTED", pageSize: 100 });
    expect(rejected.counts.REJECTED).toBe(rejected.items.length);
    expect(rejected.items.find((item) => item.doctorId === newer.id)).toMatchObject({
      state: "REJECTED",
      rejectionReason: "No licence number.",
    });

    const firstPage = await listDoctorApplications({ actor: admin.actor, state: "REJECTED", pageSize: 1 });
    expect(firstPage.items).toHaveLength(1);
    expect(firstPage.pageCount).toBe(rejected.items.length);
  });

  it("refuses everyone but administrators", async () => {
    for (const actor of [moderator.actor, verifiedDoctor.actor, patient.actor, null]) {
      const error = await failureOf(listDoctorApplications({ actor }));
      expect(error.code).toBe("FORBIDDEN");
    }
  });
});
