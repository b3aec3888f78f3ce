// Uploads end to end below the HTTP layer: real files through uploadAttachment into real Postgres and a
// temporary uploads folder, then read back through getAttachmentFile as each kind of viewer.
import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { claimAttachments } from "../../lib/attachments/claim-attachments";
import { getAttachmentFile } from "../../lib/attachments/get-attachment-file";
import { purgeOrphanUploads } from "../../lib/attachments/purge-orphan-uploads";
import { uploadAttachment } from "../../lib/attachments/upload-attachment";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor, Viewer } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { failureOf } from "../support/domain-error";
import { setupLocalUploads } from "../support/local-uploads";
import { setupTestDatabase } from "../support/test-database";
import { ELF_BYTES, encryptedPdf, jpegWithGps, pdf, png, ZIP_BYTES } from "../support/upload-files";

setupTestDatabase("attachments");

const { pathOf, storedFiles } = setupLocalUploads("uploads");
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const HOUR_MS = 60 * 60 * 1000;

async function readAll(viewer: Viewer, attachmentId: string) {
  const file = await getAttachmentFile({ viewer, attachmentId });
  return { ...file, bytes: Buffer.concat(await file.stream.toArray()) };
}

let actors: Record<"patient" | "otherPatient" | "doctor" | "unverifiedDoctor" | "moderator" | "suspended", Actor>;
let specialtyId: number;

async function makeUser(email: string, role: Actor["role"], extra: object = {}): Promise<Actor> {
  const user = await db().user.create({
    data: { email, name: email.split("@")[0] ?? email, role, passwordHash: "not-a-real-hash", ...extra },
  });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error("user vanished");
  return actor;
}

const doctorProfile = (verification: "VERIFIED" | "PENDING") => ({
  doctorProfile: { create: { university: "Vienna Medical University", yearsOfExperience: 9, verification } },
});

async function question(authorId: string, extra: object = {}) {
  return db().question.create({
    data: {
      authorId,
      specialtyId,
      title: "Numbness in my left hand at night",
      body: "It started three weeks ago and wakes me up every night. My blood tests are attached.",
      shownName: "Mark",
      ...extra,
    },
  });
}

async function attachTo(questionId: number, ownerId: string, attachmentIds: string[]) {
  await db().$transaction((tx) => claimAttachments(tx, { ownerId, attachmentIds, target: { questionId }, max: 5 }));
}

beforeAll(async () => {
  specialtyId = (
    await db().specialty.create({ data: { slug: "neurologist", name: "Neurologist", field: "Neurology" } })
  ).id;
  actors = {
    patient: await makeUser("mark@example.test", "PATIENT"),
    otherPatient: await makeUser("lena@example.test", "PATIENT"),
    doctor: await makeUser("irina@example.test", "DOCTOR", doctorProfile("VERIFIED")),
    unverifiedDoctor: await makeUser("yana@example.test", "DOCTOR", doctorProfile("PENDING")),
    moderator: await makeUser("nora@example.test", "MODERATOR"),
    suspended: await makeUser("sam@example.test", "PATIENT", { status: "SUSPENDED" }),
  };
});

describe("uploading", () => {
  it("stores the re-encoded file and a row describing exactly those bytes, doctors-only by default", async () => {
    const original = await jpegWithGps();
    const uploaded = await uploadAttachment({
      actor: actors.patient,
      fileName: "C:\\Users\\mark\\Desktop\\blood\u0007 tests\u202e.jpg",
      bytes: original,
    });
    expect(uploaded).toMatchObject({
      fileName: "blood tests.jpg",
      contentType: "image/jpeg",
      visibility: "DOCTORS_ONLY",
    });

    const row = await db().attachment.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(row.storageKey).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{32}\.jpg$/);
    expect(row).toMatchObject({
      ownerId: actors.patient.id,
      questionId: null,
      messageId: null,
      width: 320,
      height: 200,
    });
    const stored = await readFile(pathOf(row.storageKey));
    expect(row.sha256).toBe(sha256(stored));
    expect(row.sizeBytes).toBe(stored.length);
    expect(uploaded.sizeBytes).toBe(stored.length);
    expect(stored.equals(original)).toBe(false);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
  });

  it("keeps a PDF byte for byte and records the chosen visibility", async () => {
    const document = await pdf();
    const uploaded = await uploadAttachment({
      actor: actors.patient,
      fileName: "mri.pdf",
      bytes: document,
      visibility: "PUBLIC",
    });
    const row = await db().attachment.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(row).toMatchObject({ contentType: "application/pdf", visibility: "PUBLIC", sha256: sha256(document) });
    expect((await readFile(pathOf(row.storageKey))).equals(document)).toBe(true);
  });

  it("stores nothing, neither row nor file, for refused and oversize files", async () => {
    const rowsBefore = await db().attachment.count();
    const filesBefore = await storedFiles();
    const image = await png();
    const refused: [Buffer, RegExp][] = [
      [ELF_BYTES, /not a JPEG/],
      [Buffer.concat([image, ZIP_BYTES]), /extra data/],
      [await encryptedPdf(), /password/],
      [Buffer.concat([image, Buffer.alloc(10 * 1024 * 1024)]), /larger than 10 MB/],
    ];
    for (const [bytes, message] of refused) {
      const error = await failureOf(uploadAttachment({ actor: actors.patient, fileName: "photo.jpg", bytes }));
      expect(error.code).toBe("INVALID");
      expect(error.message).toMatch(message);
    }
    expect(await db().attachment.count()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it("refuses visitors and suspended users", async () => {
    const bytes = await png();
    expect((await failureOf(uploadAttachment({ actor: null, fileName: "a.png", bytes }))).code).toBe("FORBIDDEN");
    const suspended = await failureOf(uploadAttachment({ actor: actors.suspended, fileName: "a.png", bytes }));
    expect(suspended.code).toBe("FORBIDDEN");
  });

  it("removes the stored object when the row cannot be written", async () => {
    const filesBefore = await storedFiles();
    const ghost: Actor = { ...actors.patient, id: "no-such-user" }; // the owner foreign key fails
    await expect(uploadAttachment({ actor: ghost, fileName: "a.png", bytes: await png() })).rejects.toThrow();
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it("caps unattached uploads per user per day; older and attached ones do not count", async () => {
    const uploader = await makeUser("cap@example.test", "PATIENT");
    const now = new Date();
    const row = (index: number, createdAt: Date, extra: object = {}) => ({
      ownerId: uploader.id,
      fileName: `old-${index}.png`,
      contentType: "image/png",
      sizeBytes: 1,
      sha256: "0".repeat(64),
      storageKey: `test/cap-${index}-${createdAt.getTime()}.png`,
      createdAt,
      ...extra,
    });
    const attached = await question(uploader.id);
    await db().attachment.createMany({
      data: [
        ...Array.from({ length: 17 }, (_, i) => row(i, new Date(now.getTime() - HOUR_MS))),
        // Neither counts: older than a day, or already part of a question.
        row(100, new Date(now.getTime() - 25 * HOUR_MS)),
        row(101, new Date(now.getTime() - HOUR_MS), { questionId: attached.id }),
      ],
    });
    const bytes = await png(32, 32);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => uploadAttachment({ actor: uploader, fileName: "x.png", bytes })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    for (const result of results.filter((r) => r.status === "rejected")) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ code: "RATE_LIMITED" });
    }
    const unattached = {
      ownerId: uploader.id,
      questionId: null,
      createdAt: { gt: new Date(now.getTime() - 24 * HOUR_MS) },
    };
    expect(await db().attachment.count({ where: unattached })).toBe(20);
  });
});

describe("who may open a file", () => {
  let doctorsOnlyId: string;
  let publicId: string;
  let hiddenQuestionFileId: string;
  let unattachedId: string;
  let storedDoctorsOnly: Buffer;

  beforeAll(async () => {
    const upload = async (visibility: "PUBLIC" | "DOCTORS_ONLY", bytes: Buffer, fileName = "results.png") =>
      (await uploadAttachment({ actor: actors.patient, fileName, bytes, visibility })).id;
    doctorsOnlyId = await upload("DOCTORS_ONLY", await png());
    publicId = await upload("PUBLIC", await pdf(), "report");
    hiddenQuestionFileId = await upload("PUBLIC", await png());
    unattachedId = await upload("PUBLIC", await png());

    const visible = await question(actors.patient.id);
    await attachTo(visible.id, actors.patient.id, [doctorsOnlyId, publicId]);
    const hidden = await question(actors.patient.id);
    await attachTo(hidden.id, actors.patient.id, [hiddenQuestionFileId]);
    await db().question.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "Spam" } });

    const row = await db().attachment.findUniqueOrThrow({ where: { id: doctorsOnlyId } });
    storedDoctorsOnly = await readFile(pathOf(row.storageKey));
  });

  it("gives a doctors-only file to its owner, verified doctors and staff, never cached publicly", async () => {
    for (const viewer of [actors.patient, actors.doctor, actors.moderator]) {
      const file = await readAll(viewer, doctorsOnlyId);
      expect(file.bytes.equals(storedDoctorsOnly)).toBe(true);
      expect(file).toMatchObject({ contentType: "image/png", disposition: "inline", readableByAnyone: false });
      expect(file.sizeBytes).toBe(storedDoctorsOnly.length);
    }
  });

  it("answers NOT_FOUND to other patients, unverified doctors and visitors", async () => {
    for (const viewer of [actors.otherPatient, actors.unverifiedDoctor, null]) {
      expect((await failureOf(getAttachmentFile({ viewer, attachmentId: doctorsOnlyId }))).code).toBe("NOT_FOUND");
    }
  });

  it("serves a public file to a visitor, a PDF as a download named .pdf", async () => {
    const file = await readAll(null, publicId);
    expect(file).toMatchObject({
      contentType: "application/pdf",
      disposition: "attachment",
      fileName: "report.pdf",
      readableByAnyone: true,
    });
    expect(file.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("hides the files of a hidden question from visitors, not from their owner", async () => {
    expect((await failureOf(getAttachmentFile({ viewer: null, attachmentId: hiddenQuestionFileId }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await failureOf(getAttachmentFile({ viewer: actors.doctor, attachmentId: hiddenQuestionFileId }))).code,
    ).toBe("NOT_FOUND");
    const ownCopy = await readAll(actors.patient, hiddenQuestionFileId);
    expect(ownCopy.readableByAnyone).toBe(false);
  });

  it("keeps an upload that is not attached yet to its owner, even if it is marked public", async () => {
    expect((await readAll(actors.patient, unattachedId)).bytes.length).toBeGreaterThan(0);
    for (const viewer of [null, actors.otherPatient, actors.doctor, actors.moderator]) {
      expect((await failureOf(getAttachmentFile({ viewer, attachmentId: unattachedId }))).code).toBe("NOT_FOUND");
    }
  });

  it("answers NOT_FOUND for unknown ids, malformed ids, deleted files and lost objects", async () => {
    for (const attachmentId of ["cnosuchattachment000000", "../../etc/passwd", ""]) {
      expect((await failureOf(getAttachmentFile({ viewer: actors.moderator, attachmentId }))).code).toBe("NOT_FOUND");
    }
    const lost = await uploadAttachment({ actor: actors.patient, fileName: "lost.png", bytes: await png() });
    const row = await db().attachment.findUniqueOrThrow({ where: { id: lost.id } });
    await rm(pathOf(row.storageKey));
    expect((await failureOf(getAttachmentFile({ viewer: actors.patient, attachmentId: lost.id }))).code).toBe(
      "NOT_FOUND",
    );
    await db().attachment.update({ where: { id: publicId }, data: { deletedAt: new Date() } });
    expect((await failureOf(getAttachmentFile({ viewer: actors.patient, attachmentId: publicId }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("claiming uploads for a post", () => {
  it("refuses someone else's upload and one already attached, and changes nothing", async () => {
    const mine = await uploadAttachment({ actor: actors.patient, fileName: "a.png", bytes: await png() });
    const theirs = await uploadAttachment({ actor: actors.otherPatient, fileName: "b.png", bytes: await png() });
    const first = await question(actors.patient.id);
    const second = await question(actors.patient.id);

    const stolen = await failureOf(attachTo(first.id, actors.patient.id, [mine.id, theirs.id]));
    expect(stolen.code).toBe("INVALID");
    expect(await db().attachment.count({ where: { id: { in: [mine.id, theirs.id] }, questionId: null } })).toBe(2);

    await attachTo(first.id, actors.patient.id, [mine.id]);
    const reused = await failureOf(attachTo(second.id, actors.patient.id, [mine.id]));
    expect(reused.code).toBe("INVALID");
    expect((await db().attachment.findUniqueOrThrow({ where: { id: mine.id } })).questionId).toBe(first.id);
  });
});

describe("purging uploads nobody attached", () => {
  it("removes unattached uploads older than a day, row and object, and nothing else", async () => {
    const now = new Date();
    const dayAndHourAgo = new Date(now.getTime() - 25 * HOUR_MS);
    const upload = async (at: Date) =>
      uploadAttachment({ actor: actors.otherPatient, fileName: "p.png", bytes: await png(), now: at });
    const oldOrphan = await upload(dayAndHourAgo);
    const oldAttached = await upload(dayAndHourAgo);
    const recentOrphan = await upload(new Date(now.getTime() - HOUR_MS));
    await attachTo((await question(actors.otherPatient.id)).id, actors.otherPatient.id, [oldAttached.id]);
    const keyOf = async (id: string) => (await db().attachment.findUniqueOrThrow({ where: { id } })).storageKey;
    const oldOrphanKey = await keyOf(oldOrphan.id);

    const result = await purgeOrphanUploads({ now, batchSize: 2 });
    expect(result.failedObjectDeletes).toBe(0);
    expect(result.purged).toBeGreaterThanOrEqual(1);

    expect(await db().attachment.findUnique({ where: { id: oldOrphan.id } })).toBeNull();
    expect(await storedFiles()).not.toContain(oldOrphanKey);
    for (const kept of [oldAttached, recentOrphan]) {
      expect(await storedFiles()).toContain(await keyOf(kept.id));
    }
    expect(await purgeOrphanUploads({ now })).toEqual({ purged: 0, failedObjectDeletes: 0 });
  });
});
