// The socket.io server of server.ts, with real clients: the session cookie is checked in the handshake.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import { attachRealtime } from "../../lib/realtime/server";
import { setupTestDatabase } from "../support/test-database";

// Joining a room checks the question exists and may be read: the rooms need real questions.
setupTestDatabase("realtime_handshake");

let http: Server;
let url: string;
let realtime: ReturnType<typeof attachRealtime>;
const sockets: Socket[] = [];
let questionIds: [number, number];
let patientId: string;

beforeAll(async () => {
  const specialty = await db().specialty.create({
    data: { slug: "neurologist", name: "Neurologist", field: "Neurology" },
  });
  const patient = await db().user.create({
    data: { email: "mark@example.test", name: "Mark Tanner", passwordHash: "not-a-real-hash" },
  });
  patientId = patient.id;
  const ask = (title: string) =>
    db().question.create({
      data: { authorId: patient.id, specialtyId: specialty.id, title, body: `${title}.`, shownName: "Mark" },
    });
  questionIds = [(await ask("First question")).id, (await ask("Second question")).id];
  http = createServer();
  realtime = attachRealtime(http);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await new Promise<void>((resolve) => realtime.close(() => resolve()));
});

function open(cookie?: string): Promise<{ socket: Socket; error?: Error }> {
  const socket = connect(url, {
    transports: ["websocket"],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
  });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.on("connect", () => resolve({ socket }));
    socket.on("connect_error", (error) => resolve({ socket, error }));
  });
}

describe("socket.io handshake", () => {
  it("lets a visitor without a session in, and into a question's room", async () => {
    const { socket, error } = await open();
    expect(error).toBeUndefined();
    const joined = await socket.emitWithAck("question:join", { questionId: questionIds[0] });
    expect(joined).toEqual({ ok: true, missed: [] });
    const [server] = await realtime.in(`question:${questionIds[0]}`).fetchSockets();
    expect(server?.data.userId).toBeNull();
  });

  it("knows a signed-in user by their next-auth session cookie", async () => {
    const token = await encode({ token: { uid: patientId, role: "PATIENT" }, secret: env().NEXTAUTH_SECRET });
    const { socket, error } = await open(`other=1; next-auth.session-token=${token}`);
    expect(error).toBeUndefined();
    expect(await socket.emitWithAck("question:join", { questionId: questionIds[1] })).toEqual({ ok: true, missed: [] });
    const [server] = await realtime.in(`question:${questionIds[1]}`).fetchSockets();
    expect(server?.data.userId).toBe(patientId);
  });

  it("refuses a forged session cookie with a message, and a bad room id", async () => {
    const forged = await encode({
      token: { uid: "user-42", role: "ADMIN" },
      secret: "not-our-secret-not-our-secret-xx",
    });
    const { error } = await open(`next-auth.session-token=${forged}`);
    expect(error?.message).toBe("Your session has expired. Please sign in again.");

    const { socket } = await open();
    expect(await socket.emitWithAck("question:join", { questionId: -1 })).toEqual({ ok: false, error: "invalid" });
  });
});
