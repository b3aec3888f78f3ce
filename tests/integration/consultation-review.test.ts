// Staff read a private consultation only through a complaint about one of its messages, and every reading is
// written to the audit log in the same transaction. Without such a complaint: not found, and nothing recorded.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAttachmentFile } from "../../lib/attachments/get-attachment-file";
import { uploadAttachment } from "../../lib/attachments/upload-attachment";
import { fileComplaint } from "../../lib/complaints/file-complaint";
import { postConsultationMessage } from "../../lib/consultations/post-consultation-message";
import { REVIEW_AUDIT_ACTION, reviewConsultation } from "../../lib/consultations/review-consultation";
import { db } from "../../lib/db";
import { reloadEnv } from "../../lib/env";
import { createPaidConsultation } from "../support/consultation-thread-fixtures";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createSpecialty, type Person, relaxFloodLimits } from "../support/thread-fixtures";
import { png } from "../support/upload-files";

relaxFloodLimits();
setupTestDatabase("consultation_review");

let dataDir: string;
let patient: Person;
let doctor: Person;
let moderator: Person;
let admin: Person;
let consultationId: string;
let otherConsultationId: string;
let reportedMessageId: string;
let complaintId: string;
let otherComplaintId: string;
let attachmentId: string;

const audits = () =>
  db().auditLog.findMany({
    where: { action: { startsWith: "consultation." } },
    orderBy: { id: "asc" },
    select: { actorId: true, action: true, targetType: true, targetId: true, reason: true },
  });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "consilium-review-files-"));
  process.env.DATA_DIR = dataDir;
  process.env.STORAGE_DRIVER = "local";
  reloadEnv();
  const specialtyId = (await createSpecialty("Neurologist")).id;
  patient = await createPerson({ name: "Mark Tanner" });
  doctor = await createDoctor({ name: "Daniel Hartmann", specialtyIds: [specialtyId] });
  moderator = await createPerson({ name: "Nora Quinn", role: "MODERATOR" });
  admin = await createPerson({ name: "Ada Admin", role: "ADMIN" });
  consultationId = await createPaidConsultation({ patientId: patient.id, doctorId: doctor.id, specialtyId });
  otherConsultationId = await createPaidConsultation({ patientId: patient.id, doctorId: doctor.id, specialtyId });

  const upload = await uploadAttachment({ actor: patient.actor, fileName: "scan.png", bytes: await png() });
  attachmentId = upload.id;
  await postConsultationMessage({
    actor: patient.actor,
    input: { consultationId, body: "My scan is attached.", attachmentIds: [attachmentId] },
  });
  reportedMessageId = (
    await postConsultationMessage({
      actor: doctor.actor,
      input: { consultationId, body: "Just double the dose, no need to see anyone." },
    })
  ).messageId;
  complaintId = (
    await fileComplaint({
      actor: patient.actor,
      input: { targetType: "CONSULTATION_MESSAGE", targetId: reportedMessageId, reason: "DANGEROUS_ADVICE" },
    })
  ).complaintId;
  const otherMessage = await postConsultationMessage({
    actor: doctor.actor,
    input: { consultationId: otherConsultationId, body: "Something rude in another consultation." },
  });
  otherComplaintId = (
    await fileComplaint({
      actor: patient.actor,
      input: { targetType: "CONSULTATION_MESSAGE", targetId: otherMessage.messageId, reason: "ABUSE" },
    })
  ).complaintId;
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("reading a private consultation because of a complaint", () => {
  it("shows a moderator the whole thread and records exactly one audit row per reading", async () => {
    const review = await reviewConsultation({ actor: moderator.actor, consultationId, complaintId });
    expect(review.messages.map((message) => message.body)).toEqual([
      "My scan is attached.",
      "Just double the dose, no need to see anyone.",
    ]);
    expect(review.complaint).toMatchObject({
      id: complaintId,
      messageId: reportedMessageId,
      reason: "DANGEROUS_ADVICE",
    });
    expect(await audits()).toEqual([
      {
        actorId: moderator.id,
        action: REVIEW_AUDIT_ACTION,
        targetType: "Consultation",
        targetId: consultationId,
        reason: expect.stringContaining(complaintId),
      },
    ]);

    await reviewConsultation({ actor: admin.actor, consultationId, complaintId });
    const rows = await audits();
    expect(rows.map((row) => [row.actorId, row.action])).toEqual([
      [moderator.id, REVIEW_AUDIT_ACTION],
      [admin.id, REVIEW_AUDIT_ACTION],
    ]);
    // Reading does not mark anything read for the participants.
    expect(await db().consultationMessage.count({ where: { consultationId, readAt: { not: null } } })).toBe(0);
  });

  it("still works once the complaint is resolved (any state counts)", async () => {
    await db().complaint.update({ where: { id: complaintId }, data: { state: "RESOLVED", resolvedAt: new Date() } });
    const before = (await audits()).length;
    await reviewConsultation({ actor: moderator.actor, consultationId, complaintId });
    expect((await audits()).length).toBe(before + 1);
    await db().complaint.update({ where: { id: complaintId }, data: { state: "PENDING", resolvedAt: null } });
  });

  it("is not found, and records nothing, without a complaint about this consultation or for non-staff", async () => {
    const before = await audits();
    const attempts = [
      { actor: moderator.actor, complaintId: "nosuchcomplaint" },
      // A real complaint, but about a message of another consultation.
      { actor: moderator.actor, complaintId: otherComplaintId },
      { actor: moderator.actor, complaintId: "" },
      { actor: patient.actor, complaintId },
      { actor: doctor.actor, complaintId },
      { actor: null, complaintId },
    ];
    for (const attempt of attempts) {
      const error = await failureOf(reviewConsultation({ ...attempt, consultationId }));
      expect(error.code).toBe("NOT_FOUND");
    }
    expect(await audits()).toEqual(before);
  });

  it("lets staff open the thread's files only while such a complaint exists, each opening audited", async () => {
    const quiet = await createPaidConsultation({ patientId: patient.id, doctorId: doctor.id });
    const quietUpload = await uploadAttachment({ actor: patient.actor, fileName: "quiet.png", bytes: await png() });
    await postConsultationMessage({
      actor: patient.actor,
      input: { consultationId: quiet, body: "A file nobody reported.", attachmentIds: [quietUpload.id] },
    });
    const before = (await audits()).length;
    expect((await failureOf(getAttachmentFile({ viewer: moderator.actor, attachmentId: quietUpload.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await audits()).length).toBe(before);

    const file = await getAttachmentFile({ viewer: moderator.actor, attachmentId });
    file.stream.destroy();
    const rows = await audits();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actorId: moderator.id,
      action: "consultation.attachment.reviewed",
      targetType: "Attachment",
      targetId: attachmentId,
    });
  });
});
