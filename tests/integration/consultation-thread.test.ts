// The private thread between a patient and one doctor, against real Postgres: writing (and what it moves and
// tells), read receipts, closing and rating.
import { beforeAll, describe, expect, it } from "vitest";
import { closeConsultation } from "../../lib/consultations/close-consultation";
import { getConsultation } from "../../lib/consultations/get-consultation";
import { listConsultations } from "../../lib/consultations/list-consultations";
import { markConsultationRead } from "../../lib/consultations/mark-consultation-read";
import { postConsultationMessage } from "../../lib/consultations/post-consultation-message";
import { rateConsultation } from "../../lib/consultations/rate-consultation";
import { db } from "../../lib/db";
import { listConsultingDoctors } from "../../lib/doctors/list-consulting-doctors";
import type { ConsultationState } from "../../lib/generated/prisma/enums";
import { createConsultationMessage, createPaidConsultation } from "../support/consultation-thread-fixtures";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createSpecialty,
  createUpload,
  type Person,
  relaxFloodLimits,
} from "../support/thread-fixtures";

relaxFloodLimits();
setupTestDatabase("consultation_thread");

let patient: Person;
let doctor: Person;
let specialtyId: number;

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  patient = await createPerson({ name: "Mark Tanner" });
  doctor = await createDoctor({ name: "Daniel Hartmann", specialtyIds: [specialtyId] });
});

const consultationOf = (state: ConsultationState = "ACTIVE") =>
  createPaidConsultation({ patientId: patient.id, doctorId: doctor.id, specialtyId, state });

const stateOf = async (id: string) =>
  db().consultation.findUniqueOrThrow({
    where: { id },
    select: { state: true, firstAnsweredAt: true, closedAt: true, rating: true, ratingComment: true, ratedAt: true },
  });

describe("writing in the private thread", () => {
  it("the doctor's first message moves ACTIVE → ANSWERED once and tells the patient; later ones are plain messages", async () => {
    const consultationId = await consultationOf();
    const at = new Date();
    const first = await postConsultationMessage({
      actor: doctor.actor,
      input: { consultationId, body: "  Please tell me how long the aura lasts.  " },
      now: at,
    });
    expect(first.answered).toBe(true);
    expect(await stateOf(consultationId)).toMatchObject({ state: "ANSWERED", firstAnsweredAt: at });
    const saved = await db().consultationMessage.findUniqueOrThrow({ where: { id: first.messageId } });
    expect(saved).toMatchObject({ authorId: doctor.id, body: "Please tell me how long the aura lasts.", readAt: null });

    const second = await postConsultationMessage({
      actor: doctor.actor,
      input: { consultationId, body: "And whether anything else happens with it." },
      now: new Date(at.getTime() + 1000),
    });
    expect(second.answered).toBe(false);
    // firstAnsweredAt keeps the first answer's time.
    expect(await stateOf(consultationId)).toMatchObject({ state: "ANSWERED", firstAnsweredAt: at });

    const notices = await db().notification.findMany({
      where: { userId: patient.id, data: { path: ["consultationId"], equals: consultationId } },
      orderBy: { createdAt: "asc" },
      select: { type: true, url: true },
    });
    expect(notices.map((notice) => notice.type)).toEqual(["CONSULTATION_ANSWERED", "CONSULTATION_MESSAGE"]);
    expect(notices[0]?.url).toBe(`/consultations/${consultationId}#m_${first.messageId}`);
    // The patient gets the immediate e-mail they chose.
    expect(await db().emailOutbox.count({ where: { userId: patient.id, subject: { contains: "answered" } } })).toBe(1);
  });

  it("the patient writing while ACTIVE leaves it ACTIVE and tells the doctor", async () => {
    const consultationId = await consultationOf();
    await postConsultationMessage({
      actor: patient.actor,
      input: { consultationId, body: "I forgot to say: it started in May." },
    });
    expect((await stateOf(consultationId)).state).toBe("ACTIVE");
    const notices = await db().notification.findMany({
      where: { data: { path: ["consultationId"], equals: consultationId } },
      select: { userId: true, type: true },
    });
    expect(notices).toEqual([{ userId: doctor.id, type: "CONSULTATION_MESSAGE" }]);
  });

  it("claims the writer's files onto the message, private to the two", async () => {
    const consultationId = await consultationOf();
    const upload = await createUpload(patient.id);
    await db().attachment.update({ where: { id: upload }, data: { visibility: "PUBLIC" } });
    const posted = await postConsultationMessage({
      actor: patient.actor,
      input: { consultationId, body: "My MRI report is attached.", attachmentIds: [upload] },
    });
    const file = await db().attachment.findUniqueOrThrow({ where: { id: upload } });
    expect(file).toMatchObject({ consultationMessageId: posted.messageId, visibility: "DOCTORS_ONLY" });

    // Someone else's file fails the whole post: no message without the file the writer meant to send.
    const othersFile = await createUpload(doctor.id);
    const before = await db().consultationMessage.count({ where: { consultationId } });
    const error = await failureOf(
      postConsultationMessage({
        actor: patient.actor,
        input: { consultationId, body: "Another file.", attachmentIds: [othersFile] },
      }),
    );
    expect(error.code).toBe("INVALID");
    expect(await db().consultationMessage.count({ where: { consultationId } })).toBe(before);
  });

  it.each(["CLOSED", "REFUNDED", "EXPIRED"] as const)(
    "refuses messages on a %s consultation and writes nothing",
    async (state) => {
      const consultationId = await consultationOf(state);
      const upload = await createUpload(patient.id);
      for (const actor of [patient.actor, doctor.actor]) {
        const error = await failureOf(
          postConsultationMessage({
            actor,
            input: {
              consultationId,
              body: "Are you still there?",
              attachmentIds: actor === patient.actor ? [upload] : [],
            },
          }),
        );
        expect(error.code).toBe("CONFLICT");
        expect(error.message.length).toBeGreaterThan(20);
      }
      expect(await db().consultationMessage.count({ where: { consultationId } })).toBe(0);
      expect(
        await db().notification.count({ where: { data: { path: ["consultationId"], equals: consultationId } } }),
      ).toBe(0);
      expect((await db().attachment.findUniqueOrThrow({ where: { id: upload } })).consultationMessageId).toBeNull();
      expect((await stateOf(consultationId)).state).toBe(state);
    },
  );

  it("answers anyone but the two participants as not found, and checks the input", async () => {
    const consultationId = await consultationOf();
    const stranger = await createPerson({ name: "Tomas Kral" });
    const otherDoctor = await createDoctor({ name: "Irina Volkova", specialtyIds: [specialtyId] });
    const moderator = await createPerson({ name: "Nora Quinn", role: "MODERATOR" });
    for (const actor of [stranger.actor, otherDoctor.actor, moderator.actor]) {
      const error = await failureOf(
        postConsultationMessage({ actor, input: { consultationId, body: "Hello there." } }),
      );
      expect(error.code).toBe("NOT_FOUND");
    }
    expect(
      (await failureOf(postConsultationMessage({ actor: null, input: { consultationId, body: "Hi!" } }))).code,
    ).toBe("FORBIDDEN");
    const empty = await failureOf(
      postConsultationMessage({ actor: patient.actor, input: { consultationId, body: " " } }),
    );
    expect(empty.code).toBe("INVALID");
    expect(empty.fieldErrors.body).toEqual(["Write your message."]);
    expect(await db().consultationMessage.count({ where: { consultationId } })).toBe(0);
  });

  it("lets the doctor answer an ACTIVE consultation only once even when two answers race", async () => {
    const consultationId = await consultationOf();
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        postConsultationMessage({ actor: doctor.actor, input: { consultationId, body: `Answer number ${n}.` } }),
      ),
    );
    expect(results.filter((result) => result.answered)).toHaveLength(1);
    expect(
      await db().notification.count({
        where: { type: "CONSULTATION_ANSWERED", data: { path: ["consultationId"], equals: consultationId } },
      }),
    ).toBe(1);
  });

  it("refuses a message that would slip in after the refund job moved the consultation", async () => {
    const consultationId = await consultationOf();
    // The job holds the row lock while it refunds; the message waits for it and then sees REFUNDED.
    let releaseJob: () => void = () => {};
    const jobHasLock = new Promise<void>((resolveLocked) => {
      void db().$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Consultation" WHERE id = ${consultationId} FOR UPDATE`;
        resolveLocked();
        await new Promise<void>((release) => {
          releaseJob = release;
        });
        await tx.consultation.update({
          where: { id: consultationId },
          data: { state: "REFUNDED", refundedAt: new Date() },
        });
      });
    });
    await jobHasLock;
    const posting = failureOf(
      postConsultationMessage({ actor: doctor.actor, input: { consultationId, body: "Sorry for the delay!" } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    releaseJob();
    expect((await posting).code).toBe("CONFLICT");
    expect(await db().consultationMessage.count({ where: { consultationId } })).toBe(0);
    expect((await stateOf(consultationId)).state).toBe("REFUNDED");
  });
});

describe("read receipts", () => {
  it("marks only the other person's unread messages, and keeps the first reading time", async () => {
    const consultationId = await consultationOf("ANSWERED");
    const fromPatient = await createConsultationMessage({ consultationId, authorId: patient.id });
    const fromDoctor = await createConsultationMessage({ consultationId, authorId: doctor.id });
    const readAt = new Date();
    expect(await markConsultationRead({ viewer: patient.actor, consultationId, now: readAt })).toEqual({ marked: 1 });
    const rows = await db().consultationMessage.findMany({
      where: { consultationId },
      select: { id: true, readAt: true },
    });
    expect(new Map(rows.map((row) => [row.id, row.readAt]))).toEqual(
      new Map([
        [fromPatient.id, null],
        [fromDoctor.id, readAt],
      ]),
    );
    // Viewing again changes nothing.
    expect(await markConsultationRead({ viewer: patient.actor, consultationId })).toEqual({ marked: 0 });
    expect((await db().consultationMessage.findUniqueOrThrow({ where: { id: fromDoctor.id } })).readAt).toEqual(readAt);

    await markConsultationRead({ viewer: doctor.actor, consultationId });
    const view = await getConsultation({ viewer: patient.actor, consultationId });
    expect(view.messages.every((message) => message.readAt !== null)).toBe(true);
  });

  it("reading the thread marks nothing; it names the newest message the viewer has not read", async () => {
    const consultationId = await consultationOf("ANSWERED");
    await createConsultationMessage({ consultationId, authorId: doctor.id });
    const newest = await createConsultationMessage({ consultationId, authorId: doctor.id });
    await createConsultationMessage({ consultationId, authorId: patient.id });

    const patientsView = await getConsultation({ viewer: patient.actor, consultationId });
    expect(patientsView.newestUnreadSeq).toBe(newest.seq);
    expect(await db().consultationMessage.count({ where: { consultationId, readAt: { not: null } } })).toBe(0);
    expect((await getConsultation({ viewer: doctor.actor, consultationId })).newestUnreadSeq).not.toBeNull();

    await markConsultationRead({ viewer: patient.actor, consultationId });
    expect((await getConsultation({ viewer: patient.actor, consultationId })).newestUnreadSeq).toBeNull();
  });

  it("lets nobody else mark anything read", async () => {
    const consultationId = await consultationOf("ANSWERED");
    await createConsultationMessage({ consultationId, authorId: doctor.id });
    const moderator = await createPerson({ role: "MODERATOR" });
    const otherDoctor = await createDoctor({ specialtyIds: [specialtyId] });
    for (const viewer of [moderator.actor, otherDoctor.actor, null]) {
      expect((await failureOf(markConsultationRead({ viewer, consultationId }))).code).toBe("NOT_FOUND");
    }
    expect(await db().consultationMessage.count({ where: { consultationId, readAt: { not: null } } })).toBe(0);
  });
});

describe("closing and rating", () => {
  it("the patient closes an answered consultation, then rates it once", async () => {
    const consultationId = await consultationOf("ANSWERED");
    expect((await failureOf(closeConsultation({ actor: doctor.actor, consultationId }))).code).toBe("FORBIDDEN");
    const closedAt = new Date();
    await closeConsultation({ actor: patient.actor, consultationId, now: closedAt });
    expect(await stateOf(consultationId)).toMatchObject({ state: "CLOSED", closedAt });
    expect((await failureOf(closeConsultation({ actor: patient.actor, consultationId }))).code).toBe("CONFLICT");

    const rated = await rateConsultation({
      actor: patient.actor,
      input: { consultationId, stars: "5", comment: "  Clear and kind, thank you.  " },
    });
    expect(rated).toEqual({ closed: false });
    expect(await stateOf(consultationId)).toMatchObject({ rating: 5, ratingComment: "Clear and kind, thank you." });

    const again = await failureOf(rateConsultation({ actor: patient.actor, input: { consultationId, stars: 1 } }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toContain("You already rated this consultation");
    expect((await stateOf(consultationId)).rating).toBe(5);
  });

  it("rating an answered consultation closes it in the same step; an empty comment is no comment", async () => {
    const consultationId = await consultationOf("ANSWERED");
    const at = new Date();
    expect(
      await rateConsultation({ actor: patient.actor, input: { consultationId, stars: 4, comment: "   " }, now: at }),
    ).toEqual({
      closed: true,
    });
    expect(await stateOf(consultationId)).toMatchObject({
      state: "CLOSED",
      closedAt: at,
      rating: 4,
      ratingComment: null,
      ratedAt: at,
    });
    const [row] = (await listConsultations({ viewer: patient.actor })).items.filter(
      (item) => item.id === consultationId,
    );
    expect(row).toMatchObject({ rating: 4, state: "CLOSED", stateWords: "closed" });
  });

  it("refuses stars outside 1–5, a rating before the answer, and the doctor's rating", async () => {
    const consultationId = await consultationOf("ANSWERED");
    for (const stars of [0, 6, 2.5, "x"]) {
      const error = await failureOf(rateConsultation({ actor: patient.actor, input: { consultationId, stars } }));
      expect(error.code).toBe("INVALID");
      expect(error.fieldErrors.stars).toEqual(["Choose from 1 to 5 stars."]);
    }
    expect((await failureOf(rateConsultation({ actor: doctor.actor, input: { consultationId, stars: 5 } }))).code).toBe(
      "FORBIDDEN",
    );
    const active = await consultationOf("ACTIVE");
    expect(
      (await failureOf(rateConsultation({ actor: patient.actor, input: { consultationId: active, stars: 5 } }))).code,
    ).toBe("CONFLICT");
    const refunded = await consultationOf("REFUNDED");
    expect(
      (await failureOf(rateConsultation({ actor: patient.actor, input: { consultationId: refunded, stars: 5 } }))).code,
    ).toBe("CONFLICT");
    for (const id of [consultationId, active, refunded]) expect((await stateOf(id)).rating).toBeNull();
    expect((await stateOf(consultationId)).state).toBe("ANSWERED");
  });
});

describe("my consultations", () => {
  it("lists a patient's with their doctors and a doctor's paid ones with their patients, newest first", async () => {
    const listPatient = await createPerson({ name: "Anna Berg" });
    const listDoctor = await createDoctor({ name: "Paul Weber", specialtyIds: [specialtyId] });
    const day = 24 * 60 * 60 * 1000;
    const base = Date.now() - 10 * day;
    const make = (state: ConsultationState, offset: number, deadline?: Date) =>
      createPaidConsultation({
        patientId: listPatient.id,
        doctorId: listDoctor.id,
        specialtyId,
        state,
        createdAt: new Date(base + offset * day),
        answerDeadline: deadline,
      });
    const overdue = await make("ACTIVE", 1, new Date(Date.now() - 1000));
    const unpaid = await make("AWAITING_PAYMENT", 2);
    const answered = await make("ANSWERED", 3);

    const mine = await listConsultations({ viewer: listPatient.actor });
    expect(mine.items.map((item) => item.id)).toEqual([answered, unpaid, overdue]);
    expect(mine.items[0]).toMatchObject({ viewerIs: "patient", otherPerson: { name: "Paul Weber" }, priceMinor: 3500 });

    const theirs = await listConsultations({ viewer: listDoctor.actor });
    expect(theirs.items.map((item) => item.id)).toEqual([answered, overdue]);
    expect(theirs.items[1]).toMatchObject({ viewerIs: "doctor", overdue: true, otherPerson: { name: "Anna Berg" } });
    expect(theirs.items[0]?.overdue).toBe(false);
  });
});

describe("other doctors who can help", () => {
  it("lists verified doctors of the specialty who offer consultations, without the one excluded, best rated first", async () => {
    const specialty = (await createSpecialty()).id;
    const elsewhere = (await createSpecialty()).id;
    const offering = async (
      name: string,
      options: { verified?: boolean; suspended?: boolean; ids?: number[] } = {},
    ) => {
      const person = await createDoctor({
        name,
        specialtyIds: options.ids ?? [specialty],
        verified: options.verified,
        suspended: options.suspended,
      });
      await db().doctorProfile.update({
        where: { userId: person.id },
        data: { offersConsultations: true, consultationPriceMinor: 4000, consultationCurrency: "EUR" },
      });
      return person;
    };
    const late = await offering("Sven Late");
    const rated = await offering("Maja Ready");
    const unrated = await offering("Olav New");
    // Equal to Olav in everything but the sign-up date: the newer doctor comes first among equals.
    const newer = await offering("Ada Newer");
    await db().user.update({ where: { id: newer.id }, data: { createdAt: new Date(Date.now() + 60_000) } });
    await offering("Pending Person", { verified: false });
    await offering("Suspended Person", { suspended: true });
    await offering("Other Field", { ids: [elsewhere] });
    await createDoctor({ name: "Not Offering", specialtyIds: [specialty] });
    for (const rating of [5, 4]) {
      const id = await createPaidConsultation({ patientId: patient.id, doctorId: rated.id, state: "CLOSED" });
      await db().consultation.update({ where: { id }, data: { rating } });
    }

    const photoAt = new Date(Date.UTC(2026, 0, 1));
    await db().doctorProfile.update({
      where: { userId: rated.id },
      data: { photoKey: "demo/photo.jpg", photoUpdatedAt: photoAt },
    });

    const doctors = await listConsultingDoctors({ specialtyId: specialty, excludeDoctorId: late.id });
    expect(doctors.map((entry) => [entry.name, entry.ratingAverage, entry.ratingCount, entry.priceMinor])).toEqual([
      ["Maja Ready", 4.5, 2, 4000],
      ["Ada Newer", null, 0, 4000],
      ["Olav New", null, 0, 4000],
    ]);
    expect(doctors.map((entry) => entry.id)).toEqual([rated.id, newer.id, unrated.id]);
    expect(doctors.map((entry) => entry.photoUrl)).toEqual([
      `/api/doctors/${rated.id}/photo?v=${photoAt.getTime()}`,
      null,
      null,
    ]);
    // The list is cut in the database after ordering: the best rated survives a limit of one.
    expect((await listConsultingDoctors({ specialtyId: specialty, limit: 1 })).map((entry) => entry.id)).toEqual([
      rated.id,
    ]);
  });
});
