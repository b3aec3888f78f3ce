// What a job publishes in the worker reaches browsers connected to a web process: the worker's publisher NOTIFYs, the
// web's LISTEN bridge emits to the room. Here the test process plays both roles with no socket.io server registered
// for publishers, so the relay is the only way an event can arrive.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { refundOverdueConsultations } from "../../lib/consultations/refund-overdue-consultations";
import { databaseUrl } from "../../lib/env";
import type { ConsultationStateEvent } from "../../lib/realtime/consultation-events";
import { type RealtimeServer, registerRealtime } from "../../lib/realtime/registry";
import { RELAY_CHANNEL, relayingPublisher } from "../../lib/realtime/relay";
import { attachRealtime } from "../../lib/realtime/server";
import { createPaidConsultation } from "../support/consultation-thread-fixtures";
import { connectAs, type TestSocket } from "../support/realtime-client";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("realtime_relay");

const HOUR_MS = 60 * 60 * 1000;
let http: Server;
let url: string;
let web: RealtimeServer;
let patient: Person;
let doctor: Person;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  http = createServer();
  const listening = new Promise<void>((resolve) => {
    web = attachRealtime(http, { onNotificationsListening: resolve });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  await listening;
  // The worker's side: publishers in this process know no socket.io server, only the relay.
  registerRealtime(relayingPublisher());
  const specialtyId = (await createSpecialty("Neurologist")).id;
  patient = await createPerson({ name: "Mark Tanner" });
  doctor = await createDoctor({ name: "Daniel Hartmann", specialtyIds: [specialtyId] });
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  registerRealtime(undefined);
  await new Promise<void>((resolve) => web.close(() => resolve()));
});

async function consultationPage(person: Person, consultationId: string): Promise<ConsultationStateEvent[]> {
  const states: ConsultationStateEvent[] = [];
  const socket = await connectAs(url, person, (tab) => tab.on("consultation:state", (event) => states.push(event)));
  sockets.push(socket);
  expect(await socket.emitWithAck("consultation:join", { consultationId, afterSeq: "0" })).toMatchObject({ ok: true });
  return states;
}

describe("the realtime relay from the worker", () => {
  it("tells both open pages of a consultation that the refund job refunded it", async () => {
    const now = new Date();
    const consultationId = await createPaidConsultation({
      patientId: patient.id,
      doctorId: doctor.id,
      createdAt: new Date(now.getTime() - 30 * HOUR_MS),
      answerDeadline: new Date(now.getTime() - HOUR_MS),
    });
    const patientPage = await consultationPage(patient, consultationId);
    const doctorPage = await consultationPage(doctor, consultationId);

    expect((await refundOverdueConsultations({ now })).refundedConsultationIds).toEqual([consultationId]);

    const refunded = [{ consultationId, state: "REFUNDED" }];
    await vi.waitFor(() => expect(patientPage).toEqual(refunded));
    await vi.waitFor(() => expect(doctorPage).toEqual(refunded));
  });

  it("ignores a payload on its channel that is not a relayed event, and keeps relaying", async () => {
    const consultationId = await createPaidConsultation({ patientId: patient.id, doctorId: doctor.id });
    const patientPage = await consultationPage(patient, consultationId);
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const room = `consultation:${consultationId}`;
      for (const payload of ["not json", JSON.stringify({ room, event: "no:such:event", payload: {} })]) {
        await client.query("SELECT pg_notify($1, $2)", [RELAY_CHANNEL, payload]);
      }
    } finally {
      await client.end();
    }
    relayingPublisher()
      .to(`consultation:${consultationId}`)
      .emit("consultation:state", { consultationId, state: "CLOSED" });
    await vi.waitFor(() => expect(patientPage).toEqual([{ consultationId, state: "CLOSED" }]));
  });
});
