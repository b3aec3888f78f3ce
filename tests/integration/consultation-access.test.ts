// Who can see a private consultation: its two participants only (the doctor once it is paid). Everyone else gets
// "not found" from the use-case, from the catch-up route handler and for its files by direct URL.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getMessagesRoute } from "../../app/api/consultations/[id]/messages/route";
import { getAttachmentFile } from "../../lib/attachments/get-attachment-file";
import { uploadAttachment } from "../../lib/attachments/upload-attachment";
import type { Viewer } from "../../lib/auth/permissions";
import { getConsultation } from "../../lib/consultations/get-consultation";
import { listConsultationMessagesSince } from "../../lib/consultations/list-consultation-messages-since";
import { listConsultations } from "../../lib/consultations/list-consultations";
import { postConsultationMessage } from "../../lib/consultations/post-consultation-message";
import { db } from "../../lib/db";
import { env, reloadEnv } from "../../lib/env";
import { createPaidConsultation } from "../support/consultation-thread-fixtures";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createSpecialty, type Person, relaxFloodLimits } from "../support/thread-fixtures";
import { png } from "../support/upload-files";

relaxFloodLimits();
setupTestDatabase("consultation_access");

let dataDir: string;
let people: {
  patient: Person;
  doctor: Person;
  otherPatient: Person;
  otherDoctor: Person;
  moderator: Person;
  admin: Person;
};
let consultationId: string;
let attachmentId: string;
let messageSeq: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "consilium-consultation-files-"));
  process.env.DATA_DIR = dataDir;
  process.env.STORAGE_DRIVER = "local";
  reloadEnv();
  const specialtyId = (await createSpecialty("Neurologist")).id;
  people = {
    patient: await createPerson({ name: "Mark Tanner" }),
    doctor: await createDoctor({ name: "Daniel Hartmann", specialtyIds: [specialtyId] }),
    otherPatient: await createPerson({ name: "Lena Fischer" }),
    otherDoctor: await createDoctor({ name: "Irina Volkova", specialtyIds: [specialtyId] }),
    moderator: await createPerson({ name: "Nora Quinn", role: "MODERATOR" }),
    admin: await createPerson({ name: "Ada Admin", role: "ADMIN" }),
  };
  consultationId = await createPaidConsultation({
    patientId: people.patient.id,
    doctorId: people.doctor.id,
    specialtyId,
  });
  const upload = await uploadAttachment({
    actor: people.patient.actor,
    fileName: "mri-report.png",
    bytes: await png(),
  });
  attachmentId = upload.id;
  const posted = await postConsultationMessage({
    actor: people.patient.actor,
    input: { consultationId, body: "Here is my MRI, taken last week.", attachmentIds: [attachmentId] },
  });
  const row = await db().consultationMessage.findUniqueOrThrow({ where: { id: posted.messageId } });
  messageSeq = row.seq.toString();
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function cookieOf(person: Person | null): Promise<Record<string, string>> {
  if (!person) return {};
  const token = await encode({ token: { uid: person.id, role: person.actor.role }, secret: env().NEXTAUTH_SECRET });
  return { cookie: `next-auth.session-token=${token}` };
}

async function callRoute(person: Person | null, id: string, after = "0") {
  const request = new Request(`http://localhost/api/consultations/${id}/messages?after=${after}`, {
    headers: await cookieOf(person),
  });
  return getMessagesRoute(request, { params: Promise.resolve({ id }) });
}

const OUTSIDERS = [
  ["another patient", "otherPatient"],
  ["another doctor", "otherDoctor"],
  ["a moderator without a complaint", "moderator"],
  ["an administrator without a complaint", "admin"],
  ["a visitor", null],
] as const;

describe("a paid consultation", () => {
  it("shows the thread, its catch-up and its file to both participants", async () => {
    for (const person of [people.patient, people.doctor]) {
      const view = await getConsultation({ viewer: person.actor, consultationId });
      expect(view.messages.map((message) => message.body)).toEqual(["Here is my MRI, taken last week."]);
      expect(view.messages[0]?.attachments.map((file) => file.fileName)).toEqual(["mri-report.png"]);

      const response = await callRoute(person, consultationId);
      expect(response.status).toBe(200);
      const json = (await response.json()) as { messages: { seq: string; message: { body: string } }[] };
      expect(json.messages.map((event) => [event.seq, event.message.body])).toEqual([
        [messageSeq, "Here is my MRI, taken last week."],
      ]);
      expect((await (await callRoute(person, consultationId, messageSeq)).json()).messages).toEqual([]);

      const file = await getAttachmentFile({ viewer: person.actor, attachmentId });
      expect(file.contentType).toBe("image/png");
      expect(file.readableByAnyone).toBe(false);
      file.stream.destroy();
    }
    expect((await getConsultation({ viewer: people.doctor.actor, consultationId })).viewerIs).toBe("doctor");
  });

  it.each(OUTSIDERS)("is not found for %s: page, messages route and file", async (_who, key) => {
    const person = key ? people[key] : null;
    const viewer: Viewer = person?.actor ?? null;
    expect((await failureOf(getConsultation({ viewer, consultationId }))).code).toBe("NOT_FOUND");
    expect((await failureOf(listConsultationMessagesSince({ viewer, consultationId, afterSeq: 0n }))).code).toBe(
      "NOT_FOUND",
    );
    const response = await callRoute(person, consultationId);
    expect(response.status).toBe(404);
    expect(JSON.stringify(await response.json())).not.toContain("MRI");
    expect((await failureOf(getAttachmentFile({ viewer, attachmentId }))).code).toBe("NOT_FOUND");
    if (person) expect((await listConsultations({ viewer: person.actor })).items).toEqual([]);
  });

  it("answers an unknown consultation, a forged cookie and bad input like a forbidden one", async () => {
    expect((await callRoute(people.patient, "nosuchconsultation")).status).toBe(404);
    expect((await callRoute(people.patient, consultationId, "abc")).status).toBe(400);
    expect((await callRoute(people.patient, consultationId, "99999999999999999999")).status).toBe(400);
    const forged = new Request(`http://localhost/api/consultations/${consultationId}/messages`, {
      headers: { cookie: "next-auth.session-token=not-a-token" },
    });
    expect((await getMessagesRoute(forged, { params: Promise.resolve({ id: consultationId }) })).status).toBe(404);
    // Nothing was audited for any of these attempts.
    expect(await db().auditLog.count({ where: { action: { startsWith: "consultation." } } })).toBe(0);
  });
});

describe("an unpaid consultation", () => {
  it("is the patient's alone: the doctor cannot see it anywhere", async () => {
    const unpaid = await createPaidConsultation({
      patientId: people.patient.id,
      doctorId: people.doctor.id,
      state: "AWAITING_PAYMENT",
    });
    const patientView = await getConsultation({ viewer: people.patient.actor, consultationId: unpaid });
    expect(patientView.allowed).toEqual({ message: false, close: false, rate: false, pay: true });

    expect((await failureOf(getConsultation({ viewer: people.doctor.actor, consultationId: unpaid }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await callRoute(people.doctor, unpaid)).status).toBe(404);
    const listed = await listConsultations({ viewer: people.doctor.actor });
    expect(listed.items.map((item) => item.id)).toEqual([consultationId]);
    const writing = await failureOf(
      postConsultationMessage({ actor: people.doctor.actor, input: { consultationId: unpaid, body: "Hello Mark." } }),
    );
    expect(writing.code).toBe("NOT_FOUND");
    const patientWriting = await failureOf(
      postConsultationMessage({
        actor: people.patient.actor,
        input: { consultationId: unpaid, body: "Hello doctor." },
      }),
    );
    expect(patientWriting.code).toBe("CONFLICT");
    expect(await db().consultationMessage.count({ where: { consultationId: unpaid } })).toBe(0);
  });
});
