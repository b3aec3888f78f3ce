// The doctor's queue: what is in it and in which order, its filters, who may see it; and new questions reaching
// the queue rooms of their specialty live (real socket.io clients).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveComplaints } from "../../lib/complaints/resolve-complaints";
import { db } from "../../lib/db";
import { postAnswer } from "../../lib/messages/post-answer";
import { askQuestion } from "../../lib/questions/ask-question";
import { closeQuestion } from "../../lib/questions/close-question";
import { startAnswering } from "../../lib/questions/start-answering";
import { listDoctorQueue } from "../../lib/queue/list-doctor-queue";
import type { QueueQuestionEvent, QueueUpdateEvent } from "../../lib/realtime/queue-events";
import { type RealtimeServer, registerRealtime } from "../../lib/realtime/registry";
import { attachRealtime } from "../../lib/realtime/server";
import { createStaff, report } from "../support/complaint-fixtures";
import { failureOf } from "../support/domain-error";
import { connectAs, type TestSocket } from "../support/realtime-client";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createQuestion,
  createSpecialty,
  type Person,
  relaxFloodLimits,
} from "../support/thread-fixtures";

relaxFloodLimits();
setupTestDatabase("doctor_queue");

let neurology: number;
let cardiology: number;
let dermatology: number;
let patient: Person;
let anna: Person;
let boris: Person;
const ids: Record<string, number> = {};

const minutesAgo = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 12) - minutes * 60_000);

beforeAll(async () => {
  neurology = (await createSpecialty("Neurologist")).id;
  cardiology = (await createSpecialty("Cardiologist")).id;
  dermatology = (await createSpecialty("Dermatologist")).id;
  patient = await createPerson({ name: "Lena Park" });
  anna = await createDoctor({ name: "Anna Petrova", specialtyIds: [neurology, cardiology] });
  boris = await createDoctor({ name: "Boris Lind", specialtyIds: [neurology] });

  const ask = (name: string, specialtyId: number, minutes: number, extra: object = {}) =>
    createQuestion({
      authorId: patient.id,
      specialtyId,
      title: `Question ${name}`,
      createdAt: minutesAgo(minutes),
      extra,
    }).then((id) => {
      ids[name] = id;
    });
  await ask("oldAnswered", neurology, 600, { answerCount: 2 });
  await ask("midUnanswered", neurology, 300);
  await ask("newUnanswered", cardiology, 100);
  await ask("urgentNew", neurology, 10);
  await ask("urgentOld", cardiology, 50);
  await ask("closed", neurology, 700, { status: "CLOSED" });
  await ask("hidden", neurology, 800, { hiddenAt: new Date() });
  await ask("deleted", neurology, 800, { deletedAt: new Date() });
  await ask("otherSpecialty", dermatology, 900);
  await ask("answeredByAnna", neurology, 900, { answerCount: 1 });
  await db().question.updateMany({
    where: { id: { in: [ids.urgentNew ?? 0, ids.urgentOld ?? 0] } },
    data: { urgent: true, redFlags: ["chest-pain"] },
  });
  await db().threadMessage.create({
    data: { questionId: ids.answeredByAnna ?? 0, kind: "ANSWER", authorId: anna.id, body: "An answer." },
  });
  await db().attachment.create({
    data: {
      ownerId: patient.id,
      questionId: ids.midUnanswered,
      fileName: "mri.pdf",
      contentType: "application/pdf",
      sizeBytes: 1000,
      sha256: "b".repeat(64),
      storageKey: "test/mri",
    },
  });
});

const titles = (rows: { title: string }[]) => rows.map((row) => row.title.replace("Question ", ""));

/** The question rows of a queue listed without `paid`. */
async function questionQueue(options: Parameters<typeof listDoctorQueue>[0]) {
  const queue = await listDoctorQueue(options);
  if (queue.kind !== "questions") throw new Error(`expected the questions queue, got ${queue.kind}`);
  return queue;
}

describe("listDoctorQueue", () => {
  it("lists open, visible, not-yet-answered-by-me questions of my specialties: urgent, unanswered, oldest first", async () => {
    const queue = await questionQueue({ actor: anna.actor, filters: {} });
    expect(titles(queue.rows)).toEqual(["urgentOld", "urgentNew", "midUnanswered", "newUnanswered", "oldAnswered"]);
    expect(queue.total).toBe(5);
    expect(queue.specialties.map((s) => s.id).sort()).toEqual([neurology, cardiology].sort());
    const urgent = queue.rows[0];
    expect(urgent).toMatchObject({ urgent: true, specialty: { id: cardiology, name: "Cardiologist" }, answerCount: 0 });
    expect(urgent?.redFlags[0]).toMatch(/Chest pain/);
    expect(queue.rows[2]).toMatchObject({ attachmentCount: 1, shownName: "Mark" });
  });

  it("gives another doctor of one specialty only that specialty, with what Anna answered still in it", async () => {
    const queue = await questionQueue({ actor: boris.actor, filters: {} });
    expect(titles(queue.rows)).toEqual(["urgentNew", "midUnanswered", "answeredByAnna", "oldAnswered"]);
  });

  it("shows who is answering each question now", async () => {
    await startAnswering({ actor: boris.actor, questionId: ids.midUnanswered ?? 0 });
    const queue = await questionQueue({ actor: anna.actor, filters: {} });
    expect(queue.rows.find((row) => row.questionId === ids.midUnanswered)?.answering).toEqual(["Dr. Boris Lind"]);
    await db().answeringLock.deleteMany();
  });

  it("filters by specialty (only one of mine), by attachments, and pages", async () => {
    const cardio = await questionQueue({ actor: anna.actor, filters: { specialtyId: cardiology } });
    expect(titles(cardio.rows)).toEqual(["urgentOld", "newUnanswered"]);
    const notMine = await questionQueue({ actor: anna.actor, filters: { specialtyId: dermatology } });
    expect(notMine.rows).toEqual([]);
    const withFiles = await questionQueue({ actor: anna.actor, filters: { hasAttachments: true } });
    expect(titles(withFiles.rows)).toEqual(["midUnanswered"]);
    const beyond = await questionQueue({ actor: anna.actor, filters: { page: 2 } });
    expect(beyond).toMatchObject({ rows: [], total: 5, pageCount: 1, page: 2 });
  });

  it("with `paid`, lists my own active paid consultations, nearest deadline first", async () => {
    const consult = (doctorId: string, state: "ACTIVE" | "AWAITING_PAYMENT" | "ANSWERED", hours: number) =>
      db().consultation.create({
        data: {
          patientId: patient.id,
          doctorId,
          specialtyId: neurology,
          subject: `Consultation ${state} ${hours}`,
          state,
          priceMinor: 3500,
          currency: "EUR",
          paidAt: state === "AWAITING_PAYMENT" ? null : new Date(),
          answerDeadline: new Date(Date.now() + hours * 3_600_000),
        },
      });
    const later = await consult(anna.id, "ACTIVE", 20);
    const sooner = await consult(anna.id, "ACTIVE", 2);
    await consult(anna.id, "AWAITING_PAYMENT", 1);
    await consult(anna.id, "ANSWERED", 1);
    await consult(boris.id, "ACTIVE", 1);
    const queue = await listDoctorQueue({ actor: anna.actor, filters: { paid: true } });
    expect(queue.kind).toBe("paid");
    if (queue.kind !== "paid") throw new Error("expected the paid queue");
    expect(queue.rows.map((row) => row.consultationId)).toEqual([sooner.id, later.id]);
    expect(queue.rows[0]).toMatchObject({ patientName: "Lena", specialtyName: "Neurologist" });
  });

  it("refuses a patient, an unverified doctor, staff and visitors", async () => {
    const pending = await createDoctor({ name: "Pending Doc", specialtyIds: [neurology], verified: false });
    const moderator = await createPerson({ name: "Nora Quinn", role: "MODERATOR" });
    for (const actor of [patient.actor, pending.actor, moderator.actor, null]) {
      expect((await failureOf(listDoctorQueue({ actor, filters: {} }))).code).toBe("FORBIDDEN");
    }
  });
});

describe("the live queue", () => {
  let http: Server;
  let realtime: RealtimeServer;
  let url: string;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    http = createServer();
    realtime = attachRealtime(http);
    registerRealtime(realtime);
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    registerRealtime(undefined);
    await new Promise<void>((resolve) => realtime.close(() => resolve()));
  });

  async function open(person: Person) {
    const received: QueueQuestionEvent[] = [];
    const socket = await connectAs(url, person, (tab) => tab.on("queue:question", (event) => received.push(event)));
    sockets.push(socket);
    return { socket, received };
  }

  it("brings a newly asked question to the doctors of its specialty, and to no one else", async () => {
    const doctor = await open(boris);
    expect(await doctor.socket.emitWithAck("queue:join", { specialtyIds: [neurology] })).toEqual({
      ok: true,
      specialtyIds: [neurology],
    });
    const cardiologist = await open(anna);
    expect(await cardiologist.socket.emitWithAck("queue:join", { specialtyIds: [cardiology] })).toMatchObject({
      ok: true,
    });

    const { questionId } = await askQuestion({
      actor: patient.actor,
      input: {
        specialtyId: String(neurology),
        title: "Numb saddle area since this morning",
        body: "My back hurts and since this morning I feel numb between my legs.",
        redFlags: ["saddle-numbness"],
      },
    });
    await expect.poll(() => doctor.received.length).toBe(1);
    expect(doctor.received[0]?.row).toMatchObject({
      questionId,
      title: "Numb saddle area since this morning",
      urgent: true,
      answerCount: 0,
      specialty: { id: neurology },
    });
    expect(doctor.received[0]?.row.redFlags[0]).toMatch(/saddle area/);
    // The cardiology room heard nothing; give a stray event the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(cardiologist.received).toEqual([]);
  });

  it("stops bringing questions to a doctor who left the queue (the tab's connection stays open)", async () => {
    const doctor = await open(boris);
    await doctor.socket.emitWithAck("queue:join", { specialtyIds: [neurology] });
    doctor.socket.emit("queue:leave", { specialtyIds: [neurology] });
    // A round trip after the leave: the server has handled it once this answers.
    await doctor.socket.emitWithAck("queue:join", { specialtyIds: [] });
    await askQuestion({
      actor: patient.actor,
      input: {
        specialtyId: String(neurology),
        title: "Tingling in my left hand since yesterday",
        body: "Since yesterday my left hand tingles, mostly the little finger.",
      },
    });
    const listening = await open(boris);
    await listening.socket.emitWithAck("queue:join", { specialtyIds: [neurology] });
    await askQuestion({
      actor: patient.actor,
      input: {
        specialtyId: String(neurology),
        title: "Tingling in my right hand since today",
        body: "Since this morning my right hand tingles, mostly the thumb.",
      },
    });
    await expect.poll(() => listening.received.length).toBe(1);
    expect(doctor.received).toEqual([]);
    const inRoom = async () =>
      (await realtime.in(`queue:specialty:${neurology}`).fetchSockets()).map((socket) => socket.id);
    expect(await inRoom()).not.toContain(doctor.socket.id);
    listening.socket.emit("queue:leave", { specialtyIds: [neurology] });
    await listening.socket.emitWithAck("queue:join", { specialtyIds: [] });
    expect(await inRoom()).not.toContain(listening.socket.id);
  });

  it("updates open queues when a doctor starts writing, answers, and when the question is closed", async () => {
    const { questionId } = await askQuestion({
      actor: patient.actor,
      input: {
        specialtyId: String(neurology),
        title: "Sudden double vision this evening",
        body: "Since an hour ago I see everything twice when I look to the left.",
      },
    });
    const watcher = await open(anna);
    await watcher.socket.emitWithAck("queue:join", { specialtyIds: [neurology] });
    const updates: QueueUpdateEvent[] = [];
    watcher.socket.on("queue:update", (event) => {
      if (event.questionId === questionId) updates.push(event);
    });

    const writer = await open(boris);
    expect(await writer.socket.emitWithAck("answer:start", { questionId })).toEqual({ ok: true });
    await expect.poll(() => updates.at(-1)?.answering).toEqual(["Dr. Boris Lind"]);

    await postAnswer({
      actor: boris.actor,
      input: { questionId, body: "Double vision that starts suddenly needs care today." },
    });
    await expect.poll(() => updates.at(-1)?.answerCount).toBe(1);
    expect(updates.at(-1)).toMatchObject({ open: true, answeredByIds: [boris.id] });
    // As the answer form does after posting (the socket would otherwise release it when the test ends).
    await writer.socket.emitWithAck("answer:stop", { questionId });

    await closeQuestion({ actor: patient.actor, input: { questionId } });
    await expect.poll(() => updates.at(-1)?.open).toBe(false);
    watcher.socket.emit("queue:leave", { specialtyIds: [neurology] });
    await watcher.socket.emitWithAck("queue:join", { specialtyIds: [] });
  });

  it("tells open queues when a moderator hides an answer: the question counts as unanswered again", async () => {
    const { questionId } = await askQuestion({
      actor: patient.actor,
      input: {
        specialtyId: String(neurology),
        title: "Headache every morning for a week",
        body: "For a week I wake with a dull headache that fades by noon.",
      },
    });
    const answer = await postAnswer({ actor: boris.actor, input: { questionId, body: "Buy these pills at my shop." } });
    const watcher = await open(anna);
    await watcher.socket.emitWithAck("queue:join", { specialtyIds: [neurology] });
    const updates: QueueUpdateEvent[] = [];
    watcher.socket.on("queue:update", (event) => {
      if (event.questionId === questionId) updates.push(event);
    });

    const nora = await createStaff({ name: "Nora Quinn", role: "MODERATOR" });
    await report(patient, "MESSAGE", answer.messageId, "ADVERTISING");
    const complaintIds = (await db().complaint.findMany({ where: { targetId: answer.messageId } })).map((c) => c.id);
    await resolveComplaints({
      actor: nora.actor,
      input: { targetType: "MESSAGE", targetId: answer.messageId, complaintIds, action: "HIDE", reason: "Advertising" },
    });
    await expect.poll(() => updates.at(-1)?.answerCount).toBe(0);
    expect(updates.at(-1)).toMatchObject({ open: true, answeredByIds: [] });
    watcher.socket.emit("queue:leave", { specialtyIds: [neurology] });
    await watcher.socket.emitWithAck("queue:join", { specialtyIds: [] });
  });

  it("refuses a patient's join, and a doctor's join to a specialty that is not theirs", async () => {
    const asker = await open(patient);
    expect(await asker.socket.emitWithAck("queue:join", { specialtyIds: [neurology] })).toEqual({
      ok: false,
      error: "forbidden",
    });
    const doctor = await open(boris);
    expect(await doctor.socket.emitWithAck("queue:join", { specialtyIds: [neurology, dermatology] })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await doctor.socket.emitWithAck("queue:join", { specialtyIds: [] })).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(await realtime.in(`queue:specialty:${neurology}`).fetchSockets()).toHaveLength(1);
  });

  it("tells the question's room who is answering, and that they stopped when they disconnect", async () => {
    const questionId = ids.newUnanswered ?? 0;
    const viewer = await open(patient);
    await viewer.socket.emitWithAck("question:join", { questionId });
    const seen: string[][] = [];
    viewer.socket.on("answer:doctors", (event) => seen.push(event.doctors.map((d) => d.name)));

    const writer = await open(anna);
    expect(await writer.socket.emitWithAck("answer:start", { questionId })).toEqual({ ok: true });
    await expect.poll(() => seen.at(-1)).toEqual(["Dr. Anna Petrova"]);
    expect(await db().answeringLock.count({ where: { questionId } })).toBe(1);

    expect(await viewer.socket.emitWithAck("answer:start", { questionId })).toEqual({ ok: false, error: "forbidden" });

    writer.socket.disconnect();
    await expect.poll(() => seen.at(-1)).toEqual([]);
    expect(await db().answeringLock.count({ where: { questionId } })).toBe(0);
  });

  it("keeps the lock while another tab of the same doctor still writes", async () => {
    const questionId = ids.midUnanswered ?? 0;
    const firstTab = await open(anna);
    const secondTab = await open(anna);
    expect(await firstTab.socket.emitWithAck("answer:start", { questionId })).toEqual({ ok: true });
    expect(await secondTab.socket.emitWithAck("answer:start", { questionId })).toEqual({ ok: true });

    const firstId = firstTab.socket.id;
    firstTab.socket.disconnect();
    // Once the server has let go of the first tab, its release would have run within milliseconds; give it time.
    await expect.poll(async () => (await realtime.fetchSockets()).some((socket) => socket.id === firstId)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db().answeringLock.count({ where: { questionId, doctorId: anna.id } })).toBe(1);

    expect(await secondTab.socket.emitWithAck("answer:stop", { questionId })).toEqual({ ok: true });
    expect(await db().answeringLock.count({ where: { questionId, doctorId: anna.id } })).toBe(0);
  });
});
