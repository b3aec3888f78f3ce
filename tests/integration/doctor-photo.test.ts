// Doctors' profile photos through the use-cases into real Postgres and a temporary uploads folder: stored as a
// square JPEG without EXIF, replaced and removed without leaving files behind, refused for anything but one's own
// image, and shown only where the profile is.
import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { getDoctorPhoto } from "../../lib/doctors/get-doctor-photo";
import { getDoctorProfile } from "../../lib/doctors/get-doctor-profile";
import { listDoctorApplications } from "../../lib/doctors/list-doctor-applications";
import { moderateDoctorProfile } from "../../lib/doctors/moderate-doctor-profile";
import { removeDoctorPhoto } from "../../lib/doctors/remove-doctor-photo";
import { DOCTOR_PHOTO_SIZE, updateDoctorPhoto } from "../../lib/doctors/update-doctor-photo";
import { getQuestionThread } from "../../lib/questions/get-question-thread";
import { PHOTO_NOT_IMAGE } from "../../lib/validation/doctor-limits";
import { failureOf } from "../support/domain-error";
import { setupLocalUploads } from "../support/local-uploads";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";
import { ELF_BYTES, jpegWithGps, pdf, png } from "../support/upload-files";

setupTestDatabase("doctor_photo");

let specialtyId: number;
let doctor: Person;
let pending: Person;
let otherDoctor: Person;
let patient: Person;
let moderator: Person;

const { pathOf, storedFiles } = setupLocalUploads("photos");

const photoRow = (doctorId: string) =>
  db().doctorProfile.findUniqueOrThrow({
    where: { userId: doctorId },
    select: { photoKey: true, photoUpdatedAt: true },
  });
const auditActions = async (doctorId: string) =>
  (
    await db().auditLog.findMany({
      where: { targetType: "DoctorProfile", targetId: doctorId, action: { startsWith: "doctor.photo" } },
      orderBy: { id: "asc" },
      select: { action: true },
    })
  ).map((row) => row.action);

async function photoBytes(viewer: Viewer, doctorId: string): Promise<Buffer> {
  const photo = await getDoctorPhoto({ viewer, doctorId });
  return Buffer.concat(await photo.stream.toArray());
}

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  doctor = await createDoctor({ name: "Daniel Hartmann", specialtyIds: [specialtyId] });
  pending = await createDoctor({ name: "Petr Novy", specialtyIds: [specialtyId], verified: false });
  otherDoctor = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
  patient = await createPerson({ name: "Mark Tanner" });
  moderator = await createPerson({ name: "Nora Quinn", role: "MODERATOR" });
});

describe("updateDoctorPhoto", () => {
  it("stores a square JPEG without the photo's EXIF, shows it on the profile and under answers, and audits it", async () => {
    const now = new Date("2026-11-20T10:00:00Z");
    const { photoUrl } = await updateDoctorPhoto({
      actor: doctor.actor,
      doctorId: doctor.id,
      bytes: await jpegWithGps(640, 400),
      now,
    });
    expect(photoUrl).toBe(`/api/doctors/${doctor.id}/photo?v=${now.getTime()}`);
    const row = await photoRow(doctor.id);
    expect(row.photoUpdatedAt).toEqual(now);
    expect(row.photoKey).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{32}\.jpg$/);
    expect(await storedFiles()).toEqual([row.photoKey]);

    const served = await photoBytes(null, doctor.id);
    expect(served.equals(await readFile(pathOf(row.photoKey ?? "")))).toBe(true);
    const metadata = await sharp(served).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: DOCTOR_PHOTO_SIZE, height: DOCTOR_PHOTO_SIZE });
    expect(metadata.exif).toBeUndefined();

    expect((await getDoctorProfile({ viewer: null, doctorId: doctor.id })).photoUrl).toBe(photoUrl);
    const questionId = await createQuestion({ authorId: patient.id, specialtyId });
    await db().threadMessage.create({
      data: { questionId, kind: "ANSWER", authorId: doctor.id, body: "Rest the wrist at night with a splint." },
    });
    const thread = await getQuestionThread({ viewer: null, questionId });
    expect(thread.answers[0]?.author.doctor?.photoUrl).toBe(photoUrl);
    expect(await auditActions(doctor.id)).toEqual(["doctor.photo.update"]);
  });

  it("replaces the photo and deletes the old file; removing it deletes that too, and removing again changes nothing", async () => {
    const before = await photoRow(doctor.id);
    await updateDoctorPhoto({ actor: doctor.actor, doctorId: doctor.id, bytes: await png(300, 500) });
    const after = await photoRow(doctor.id);
    expect(after.photoKey).not.toBe(before.photoKey);
    expect(await storedFiles()).toEqual([after.photoKey]);
    expect(await sharp(await photoBytes(null, doctor.id)).metadata()).toMatchObject({ format: "jpeg", width: 320 });

    await removeDoctorPhoto({ actor: doctor.actor, doctorId: doctor.id });
    expect(await photoRow(doctor.id)).toEqual({ photoKey: null, photoUpdatedAt: null });
    expect(await storedFiles()).toEqual([]);
    expect((await getDoctorProfile({ viewer: null, doctorId: doctor.id })).photoUrl).toBeNull();
    expect((await failureOf(getDoctorPhoto({ viewer: null, doctorId: doctor.id }))).code).toBe("NOT_FOUND");

    await removeDoctorPhoto({ actor: doctor.actor, doctorId: doctor.id });
    expect(await auditActions(doctor.id)).toEqual([
      "doctor.photo.update",
      "doctor.photo.update",
      "doctor.photo.remove",
    ]);
  });

  it("keeps exactly one file when two new photos arrive at once", async () => {
    await Promise.all([
      updateDoctorPhoto({ actor: otherDoctor.actor, doctorId: otherDoctor.id, bytes: await png(200, 200) }),
      updateDoctorPhoto({ actor: otherDoctor.actor, doctorId: otherDoctor.id, bytes: await jpegWithGps() }),
    ]);
    const row = await photoRow(otherDoctor.id);
    expect(await storedFiles()).toEqual([row.photoKey]);
    await removeDoctorPhoto({ actor: otherDoctor.actor, doctorId: otherDoctor.id });
  });

  it("refuses a PDF, a program, a patient, and another doctor's photo, and changes nothing", async () => {
    const pdfFailure = await failureOf(
      updateDoctorPhoto({ actor: doctor.actor, doctorId: doctor.id, bytes: await pdf() }),
    );
    expect(pdfFailure).toMatchObject({ code: "INVALID", message: PHOTO_NOT_IMAGE });
    expect(
      (await failureOf(updateDoctorPhoto({ actor: doctor.actor, doctorId: doctor.id, bytes: ELF_BYTES }))).code,
    ).toBe("INVALID");
    const asPatient = await failureOf(
      updateDoctorPhoto({ actor: patient.actor, doctorId: patient.id, bytes: await png() }),
    );
    expect(asPatient.code).toBe("FORBIDDEN");
    const othersPhoto = await failureOf(
      updateDoctorPhoto({ actor: otherDoctor.actor, doctorId: doctor.id, bytes: await png() }),
    );
    expect(othersPhoto.code).toBe("NOT_FOUND");
    expect((await failureOf(removeDoctorPhoto({ actor: patient.actor, doctorId: doctor.id }))).code).toBe("FORBIDDEN");
    expect((await failureOf(removeDoctorPhoto({ actor: otherDoctor.actor, doctorId: doctor.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failureOf(updateDoctorPhoto({ actor: null, doctorId: doctor.id, bytes: await png() }))).code).toBe(
      "FORBIDDEN",
    );

    expect(await photoRow(doctor.id)).toEqual({ photoKey: null, photoUpdatedAt: null });
    expect(await storedFiles()).toEqual([]);
  });
});

describe("moderateDoctorProfile: the photo", () => {
  it("takes down an unsuitable photo with a reason: the doctor is told, the audit log keeps who and why", async () => {
    await updateDoctorPhoto({ actor: doctor.actor, doctorId: doctor.id, bytes: await png() });
    expect((await getDoctorProfile({ viewer: moderator.actor, doctorId: doctor.id })).viewerModeratesProfile).toBe(
      true,
    );
    expect((await getDoctorProfile({ viewer: patient.actor, doctorId: doctor.id })).viewerModeratesProfile).toBe(false);

    const noReason = await failureOf(
      moderateDoctorProfile({ actor: moderator.actor, doctorId: doctor.id, input: { remove: "PHOTO" } }),
    );
    expect(noReason).toMatchObject({
      code: "INVALID",
      fieldErrors: { reason: ["Give a reason: the doctor will read it."] },
    });
    const asPatient = moderateDoctorProfile({
      actor: patient.actor,
      doctorId: doctor.id,
      input: { remove: "PHOTO", reason: "I do not like it" },
    });
    expect((await failureOf(asPatient)).code).toBe("FORBIDDEN");
    // The doctor's own removal path is not a way to take down someone else's.
    expect((await failureOf(removeDoctorPhoto({ actor: moderator.actor, doctorId: doctor.id }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await photoRow(doctor.id)).photoKey).not.toBeNull();
    expect(await storedFiles()).toHaveLength(1);

    expect(
      await moderateDoctorProfile({
        actor: moderator.actor,
        doctorId: doctor.id,
        input: { remove: "PHOTO", reason: "  Not a photo of a person  " },
      }),
    ).toEqual({ removed: true });
    expect(await photoRow(doctor.id)).toEqual({ photoKey: null, photoUpdatedAt: null });
    expect(await storedFiles()).toEqual([]);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "doctor.photo.remove", targetId: doctor.id },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ actorId: moderator.id, reason: "Not a photo of a person" });
    const notices = await db().notification.findMany({
      where: { userId: doctor.id },
      select: { type: true, title: true, body: true, url: true },
    });
    expect(notices).toEqual([
      {
        type: "CONTENT_HIDDEN",
        title: "A moderator removed your profile photo",
        body: "Reason: Not a photo of a person. You can change your profile in your settings.",
        url: "/doctor/settings",
      },
    ]);

    // Nothing left to remove: nothing changes and nobody is told again.
    const again = { remove: "PHOTO", reason: "Again" };
    expect(await moderateDoctorProfile({ actor: moderator.actor, doctorId: doctor.id, input: again })).toEqual({
      removed: false,
    });
    expect(await db().notification.count({ where: { userId: doctor.id } })).toBe(1);
  });
});

describe("getDoctorPhoto", () => {
  it("shows a pending doctor's photo only to that doctor and to staff", async () => {
    await updateDoctorPhoto({ actor: pending.actor, doctorId: pending.id, bytes: await png() });
    for (const viewer of [null, patient.actor, otherDoctor.actor]) {
      expect((await failureOf(getDoctorPhoto({ viewer, doctorId: pending.id }))).code).toBe("NOT_FOUND");
    }
    expect((await photoBytes(pending.actor, pending.id)).length).toBeGreaterThan(0);
    expect((await photoBytes(moderator.actor, pending.id)).length).toBeGreaterThan(0);
    // The administrator deciding on the application sees it next to what the doctor stated.
    const admin = await createPerson({ name: "Ada Admin", role: "ADMIN" });
    const applications = await listDoctorApplications({ actor: admin.actor, pageSize: 100 });
    const row = await photoRow(pending.id);
    expect(applications.items.find((item) => item.doctorId === pending.id)?.photoUrl).toBe(
      `/api/doctors/${pending.id}/photo?v=${row.photoUpdatedAt?.getTime()}`,
    );
    // Nor does it appear under a pending doctor's name anywhere public.
    const questionId = await createQuestion({ authorId: patient.id, specialtyId });
    await db().threadMessage.create({
      data: { questionId, kind: "ANSWER", authorId: pending.id, body: "Please describe when the numbness started." },
    });
    const thread = await getQuestionThread({ viewer: null, questionId });
    expect(thread.answers[0]?.author.doctor?.photoUrl).toBeNull();
  });

  it("answers not found for unknown and malformed ids", async () => {
    for (const doctorId of ["nobody123", "../../etc/passwd", ""]) {
      expect((await failureOf(getDoctorPhoto({ viewer: null, doctorId }))).code).toBe("NOT_FOUND");
    }
  });
});
