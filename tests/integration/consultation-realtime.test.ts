// The private thread live, with real socket.io clients: the two participants get each new message, read receipt
// and state change; nobody else gets into the room; a page that was offline catches up after its last seq.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { markConsultationRead } from "../../lib/consultations/mark-consultation-read";
import { postConsultationMessage } from "../../lib/consultations/post-consultation-message";
import { env } from "../../lib/env";
import {
  type ConsultationMessageEvent,
  type ConsultationReadEvent,
  type ConsultationStateEvent,
  consultationRoom,
  type JoinConsultationRequest,
} from "../../lib/realtime/consultation-events";
import type { ClientToServerEvents, ServerToClientEvents } from "../../lib/realtime/events";
import { type RealtimeServer, registerRealtime } from "../../lib/realtime/registry";
import { attachRealtime } from "../../lib/realtime/server";
import { createConsultationMessage, createPaidConsultation } from "../support/consultation-thread-fixtures";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createSpecialty, type Person, relaxFloodLimits } from "../support/thread-fixtures";

relaxFloodLimits();
setupTestDatabase("consultation_realtime");

type Client = {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  messages: ConsultationMessageEvent[];
  reads: ConsultationReadEvent[];
  states: ConsultationStateEvent[];
};

let http: Server;
let url: string;
let realtime: RealtimeServer;
const clients: Client[] = [];
let patient: Person;
let doctor: Person;
let otherPatient: Person;
let otherDoctor: Person;
let moderator: Person;

beforeAll(async () => {
  http = createServer();
  realtime = attachRealtime(http);
  registerRealtime(realtime);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const specialtyId = (await createSpecialty("Neurologist")).id;
  patient = await createPerson({ name: "Mark Tanner" });
  doctor = await createDoctor({ name: "Daniel Hartmann", specialtyIds: [specialtyId] });
  otherPatient = await createPerson({ name: "Lena Fischer" });
  otherDoctor = await createDoctor({ name: "Irina Volkova", specialtyIds: [specialtyId] });
  moderator = await createPerson({ name: "Nora Quinn", role: "MODERATOR" });
});

afterAll(async () => {
  for (const client of clients) client.socket.disconnect();
  registerRealtime(undefined);
  await new Promise<void>((resolve) => realtime.close(() => resolve()));
});

async function open(person: Person | null): Promise<Client> {
  const cookie = person
    ? `next-auth.session-token=${await encode({ token: { uid: person.id, role: person.actor.role }, secret: env().NEXTAUTH_SECRET })}`
    : undefined;
  const socket: Client["socket"] = connect(url, {
    transports: ["websocket"],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
    forceNew: true,
  });
  const client: Client = { socket, messages: [], reads: [], states: [] };
  socket.on("consultation:message", (event) => client.messages.push(event));
  socket.on("consultation:read", (event) => client.reads.push(event));
  socket.on("consultation:state", (event) => client.states.push(event));
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return client;
}

const join = (client: Client, request: JoinConsultationRequest) =>
  client.socket.emitWithAck("consultation:join", request);
const roomSize = async (consultationId: string) =>
  (await realtime.in(consultationRoom(consultationId)).fetchSockets()).length;

describe("a private consultation live", () => {
  it("delivers the doctor's answer, the state change and the read receipt to both participants", async () => {
    const consultationId = await createPaidConsultation({ patientId: patient.id, doctorId: doctor.id });
    const patientPage = await open(patient);
    const doctorPage = await open(doctor);
    expect(await join(patientPage, { consultationId, afterSeq: "0" })).toEqual({ ok: true, missed: [] });
    expect(await join(doctorPage, { consultationId, afterSeq: "0" })).toEqual({ ok: true, missed: [] });
    expect(await roomSize(consultationId)).toBe(2);

    const posted = await postConsultationMessage({
      actor: doctor.actor,
      input: { consultationId, body: "How long does the aura last?" },
    });
    await vi.waitFor(() => expect(patientPage.messages).toHaveLength(1));
    expect(patientPage.messages[0]).toMatchObject({
      consultationId,
      message: {
        id: posted.messageId,
        body: "How long does the aura last?",
        authorName: "Daniel Hartmann",
        readAt: null,
      },
    });
    await vi.waitFor(() => expect(patientPage.states).toEqual([{ consultationId, state: "ANSWERED" }]));
    await vi.waitFor(() => expect(doctorPage.messages).toHaveLength(1));

    const readAt = new Date();
    await markConsultationRead({ viewer: patient.actor, consultationId, now: readAt });
    await vi.waitFor(() =>
      expect(doctorPage.reads).toEqual([{ consultationId, readerId: patient.id, readAt: readAt.toISOString() }]),
    );
  });

  it("refuses the join of anyone but the two participants, and lets them hear nothing", async () => {
    const consultationId = await createPaidConsultation({ patientId: patient.id, doctorId: doctor.id });
    const unpaid = await createPaidConsultation({
      patientId: patient.id,
      doctorId: doctor.id,
      state: "AWAITING_PAYMENT",
    });
    const outsiders = await Promise.all([otherPatient, otherDoctor, moderator, null].map((person) => open(person)));
    for (const outsider of outsiders) {
      expect(await join(outsider, { consultationId, afterSeq: "0" })).toEqual({ ok: false, error: "not found" });
    }
    const doctorPage = await open(doctor);
    expect(await join(doctorPage, { consultationId: unpaid, afterSeq: "0" })).toEqual({
      ok: false,
      error: "not found",
    });
    expect(await roomSize(consultationId)).toBe(0);
    expect(await roomSize(unpaid)).toBe(0);

    const patientPage = await open(patient);
    await join(patientPage, { consultationId });
    await postConsultationMessage({ actor: doctor.actor, input: { consultationId, body: "A private answer." } });
    await vi.waitFor(() => expect(patientPage.messages).toHaveLength(1));
    for (const outsider of outsiders) expect(outsider.messages).toEqual([]);

    for (const request of [
      { consultationId: "../x" },
      { consultationId: 12 },
      { consultationId, afterSeq: "-1" },
      null,
    ]) {
      expect(await join(outsiders[0] as Client, request as JoinConsultationRequest)).toEqual({
        ok: false,
        error: "invalid",
      });
    }
  });

  it("catches a page up after its last seq when it joins again", async () => {
    const consultationId = await createPaidConsultation({
      patientId: patient.id,
      doctorId: doctor.id,
      state: "ANSWERED",
    });
    const first = await createConsultationMessage({ consultationId, authorId: doctor.id, body: "First." });
    const second = await createConsultationMessage({ consultationId, authorId: patient.id, body: "Second." });
    const third = await createConsultationMessage({ consultationId, authorId: doctor.id, body: "Third." });
    const page = await open(patient);
    const joined = await join(page, { consultationId, afterSeq: first.seq });
    expect(joined.ok && joined.missed.map((event) => [event.seq, event.message.body])).toEqual([
      [second.seq, "Second."],
      [third.seq, "Third."],
    ]);
  });
});
