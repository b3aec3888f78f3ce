// Live threads with real socket.io clients and real rows: every open page gets each new message once, in order,
// and a page that was offline gets what it missed from the database when it joins again.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import type { Role } from "../../lib/generated/prisma/enums";
import { getQuestionThread } from "../../lib/questions/get-question-thread";
import { reactToAnswer } from "../../lib/reactions/react-to-answer";
import {
  type AnswerReactionsEvent,
  type ClientToServerEvents,
  type JoinQuestionRequest,
  type QuestionStatusEvent,
  questionRoom,
  type ServerToClientEvents,
  type ThreadMessageEvent,
  threadCursor,
} from "../../lib/realtime/events";
import {
  publishAnswerReactions,
  publishQuestionStatus,
  publishThreadMessage,
} from "../../lib/realtime/publish-thread-message";
import type { AnsweringDoctorsEvent } from "../../lib/realtime/queue-events";
import { type RealtimeServer, registerRealtime } from "../../lib/realtime/registry";
import { attachRealtime } from "../../lib/realtime/server";
import { setupTestDatabase } from "../support/test-database";

setupTestDatabase("realtime_catch_up");

type Client = {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  events: ThreadMessageEvent[];
  /** performance.now() of each event's arrival, index for index with `events`. */
  arrivedAt: number[];
  statuses: QuestionStatusEvent[];
  reactions: AnswerReactionsEvent[];
};

let http: Server;
let url: string;
let realtime: RealtimeServer;
const clients: Client[] = [];
let ids: { specialty: number; patient: string; doctors: string[]; moderator: string };

beforeAll(async () => {
  http = createServer();
  realtime = attachRealtime(http);
  registerRealtime(realtime);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const specialty = await db().specialty.create({
    data: { slug: "neurologist", name: "Neurologist", field: "Neurology" },
  });
  const user = (email: string, name: string, role: "PATIENT" | "MODERATOR") =>
    db().user.create({ data: { email, name, role, passwordHash: "not-a-real-hash" } });
  const doctor = (index: number) =>
    db().user.create({
      data: {
        email: `doctor${index}@example.test`,
        name: `Irina Maslova ${index}`,
        role: "DOCTOR",
        passwordHash: "not-a-real-hash",
        doctorProfile: {
          create: {
            university: "Riga Stradins University",
            yearsOfExperience: 10 + index,
            verification: "VERIFIED",
            specialties: { create: [{ specialtyId: specialty.id, isPrimary: true }] },
          },
        },
      },
    });
  const patient = await user("mark@example.test", "Mark Tanner", "PATIENT");
  const moderator = await user("nora@example.test", "Nora Quinn", "MODERATOR");
  const doctors = await Promise.all([0, 1, 2, 3, 4].map(doctor));
  ids = { specialty: specialty.id, patient: patient.id, doctors: doctors.map((d) => d.id), moderator: moderator.id };
});

afterAll(async () => {
  for (const client of clients) client.socket.disconnect();
  registerRealtime(undefined);
  await new Promise<void>((resolve) => realtime.close(() => resolve()));
});

function doctorId(index: number): string {
  const id = ids.doctors[index];
  if (!id) throw new Error(`no doctor ${index}`);
  return id;
}

/** The cookie next-auth sets at sign-in. The socket reads only the id; role and rights come from the database. */
async function sessionCookie(userId: string, role: Role): Promise<string> {
  const token = await encode({ token: { uid: userId, role }, secret: env().NEXTAUTH_SECRET });
  return `next-auth.session-token=${token}`;
}

async function open(cookie?: string): Promise<Client> {
  const socket: Client["socket"] = connect(url, {
    transports: ["websocket"],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
    forceNew: true,
  });
  const client: Client = { socket, events: [], arrivedAt: [], statuses: [], reactions: [] };
  socket.on("thread:message", (event) => {
    client.events.push(event);
    client.arrivedAt.push(performance.now());
  });
  socket.on("question:status", (event) => client.statuses.push(event));
  socket.on("answer:reactions", (event) => client.reactions.push(event));
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return client;
}

const join = (client: Client, request: JoinQuestionRequest) => client.socket.emitWithAck("question:join", request);
const roomSize = async (questionId: number) => (await realtime.in(questionRoom(questionId)).fetchSockets()).length;
const seqsOf = (events: ThreadMessageEvent[]) => events.map((event) => event.seq);

function isAscending(seqs: string[]): boolean {
  let previous = -1n;
  for (const seq of seqs) {
    if (BigInt(seq) <= previous) return false;
    previous = BigInt(seq);
  }
  return true;
}

async function ask(title: string, extra: object = {}): Promise<number> {
  const question = await db().question.create({
    data: { authorId: ids.patient, specialtyId: ids.specialty, title, body: `${title}.`, shownName: "Mark", ...extra },
  });
  return question.id;
}

type NewMessage = { authorId: string; kind?: "ANSWER" | "REPLY"; parentId?: string; addresseeId?: string };

/** Inserts a message as a use-case would commit it; returns its id and seq. */
async function insert(questionId: number, message: NewMessage & { body?: string; extra?: object }) {
  const row = await db().threadMessage.create({
    data: {
      questionId,
      kind: message.kind ?? (message.parentId ? "REPLY" : "ANSWER"),
      parentId: message.parentId,
      authorId: message.authorId,
      addresseeId: message.addresseeId,
      body: message.body ?? "A message.",
      ...message.extra,
    },
    select: { id: true, seq: true },
  });
  return { id: row.id, seq: row.seq.toString() };
}

describe("live thread messages", () => {
  it("50 pages: 49 live get all 20 new messages in order once; the one offline catches up all 20 in order once", async () => {
    const questionId = await ask("Back pain down the right leg");
    const { lastSeq } = await getQuestionThread({ viewer: null, questionId });
    expect(lastSeq).toBe("0");

    const signedIn = [
      await open(await sessionCookie(ids.patient, "PATIENT")),
      await open(await sessionCookie(doctorId(0), "DOCTOR")),
    ];
    const visitors = await Promise.all(Array.from({ length: 48 }, () => open()));
    const [away, ...live] = [...visitors, ...signedIn] as [Client, ...Client[]];
    const pages = [away, ...live];
    for (const page of pages) {
      expect(await join(page, { questionId, afterSeq: lastSeq })).toEqual({ ok: true, missed: [] });
    }
    expect(await roomSize(questionId)).toBe(50);

    const opening = await insert(questionId, { authorId: doctorId(0), body: "What are you taking?" });
    await publishThreadMessage({ questionId, messageId: opening.id });
    await vi.waitFor(() => expect(pages.every((page) => page.events.length === 1)).toBe(true));

    // The page that goes offline runs the real client's bookkeeping: from the rendered lastSeq, deduped by seq.
    const awayCursor = threadCursor(lastSeq);
    for (const event of away.events) awayCursor.accept(event.seq);
    expect(awayCursor.afterSeq).toBe(opening.seq);
    away.socket.disconnect();
    await vi.waitFor(async () => expect(await roomSize(questionId)).toBe(49));

    // Twenty messages, one after another as use-cases commit them: answers from four more doctors, replies between.
    const posted: { id: string; seq: string; publishedAt: number }[] = [];
    let answerId = opening.id;
    let answeringDoctor = doctorId(0);
    for (let index = 0; index < 20; index++) {
      let message: NewMessage;
      if (index % 5 === 0) {
        answeringDoctor = doctorId(index / 5 + 1);
        message = { authorId: answeringDoctor };
      } else if (index % 2 === 1) {
        message = { authorId: ids.patient, parentId: answerId, addresseeId: answeringDoctor };
      } else {
        message = { authorId: answeringDoctor, parentId: answerId, addresseeId: ids.patient };
      }
      const row = await insert(questionId, { ...message, body: `Message ${index + 1}` });
      if (!message.parentId) answerId = row.id;
      const publishedAt = performance.now();
      await publishThreadMessage({ questionId, messageId: row.id });
      posted.push({ ...row, publishedAt });
    }
    const expected = [opening.seq, ...posted.map((message) => message.seq)];
    expect(isAscending(expected)).toBe(true);
    await vi.waitFor(() => expect(live.every((page) => page.events.length >= 21)).toBe(true), { timeout: 10_000 });

    for (const page of live) {
      // All of them, in seq order, each exactly once — no dedupe needed on a connection that never dropped.
      expect(seqsOf(page.events)).toEqual(expected);
      expect(page.events.map((event) => event.message.id)).toEqual([opening.id, ...posted.map((m) => m.id)]);
    }

    const latencies = posted.map((message, index) =>
      Math.max(...live.map((page) => (page.arrivedAt[index + 1] ?? Number.NaN) - message.publishedAt)),
    );
    const sorted = [...latencies].sort((a, b) => a - b);
    const ms = (value: number | undefined) => `${value?.toFixed(1)} ms`;
    console.log(
      `publish → last of 49 receipts, over 20 messages: min ${ms(sorted[0])}, median ${ms(sorted[10])}, max ${ms(sorted[19])}`,
    );

    // Back online: the page joins again after the last message it saw and gets the rest from the database.
    const received: string[] = [];
    const eventsBefore = away.events.length;
    away.socket.connect();
    await new Promise<void>((resolve) => away.socket.once("connect", () => resolve()));
    const rejoined = await join(away, { questionId, afterSeq: awayCursor.afterSeq });
    if (!rejoined.ok) throw new Error(`join refused: ${rejoined.error}`);
    expect(seqsOf(rejoined.missed)).toEqual(posted.map((message) => message.seq));
    expect(new Set(seqsOf(rejoined.missed)).size).toBe(rejoined.missed.length);
    for (const event of [...rejoined.missed, ...away.events.slice(eventsBefore)]) {
      if (awayCursor.accept(event.seq)) received.push(event.seq);
    }
    expect(received).toEqual(posted.map((message) => message.seq));
    expect(awayCursor.afterSeq).toBe(posted.at(-1)?.seq);
    expect(await roomSize(questionId)).toBe(50);
    // Nothing arrived twice on the live pages meanwhile either.
    expect(live.every((page) => page.events.length === 21)).toBe(true);
  }, 60_000);

  it("a message published between the join and its catch-up arrives twice and is kept once", async () => {
    const questionId = await ask("Numb fingers at night");
    const page = await open();
    const cursor = threadCursor("0");
    const message = await insert(questionId, { authorId: doctorId(1) });
    // Committed before the catch-up read, published after the room was joined: it comes both ways.
    const joined = await join(page, { questionId, afterSeq: cursor.afterSeq });
    await publishThreadMessage({ questionId, messageId: message.id });
    await vi.waitFor(() => expect(page.events).toHaveLength(1));
    if (!joined.ok) throw new Error(joined.error);
    const kept = [...joined.missed, ...page.events].filter((event) => cursor.accept(event.seq));
    expect(seqsOf(kept)).toEqual([message.seq]);
  });

  it("keeps a visitor out of a hidden question's room, lets its author in, and refuses bad requests", async () => {
    const hidden = await ask("A hidden question", { hiddenAt: new Date(), hiddenReason: "Personal data" });
    const visitor = await open();
    expect(await join(visitor, { questionId: hidden })).toEqual({ ok: false, error: "not found" });
    expect(await join(visitor, { questionId: 2_000_000_000 })).toEqual({ ok: false, error: "not found" });
    const doctor = await open(await sessionCookie(doctorId(2), "DOCTOR"));
    expect(await join(doctor, { questionId: hidden })).toEqual({ ok: false, error: "not found" });
    expect(await roomSize(hidden)).toBe(0);

    const author = await open(await sessionCookie(ids.patient, "PATIENT"));
    expect(await join(author, { questionId: hidden, afterSeq: "0" })).toEqual({ ok: true, missed: [] });
    expect(await roomSize(hidden)).toBe(1);

    const openQuestion = await ask("An open question");
    const garbage: unknown[] = [
      { questionId: openQuestion, afterSeq: "abc" },
      { questionId: openQuestion, afterSeq: "-1" },
      { questionId: openQuestion, afterSeq: "1.5" },
      { questionId: openQuestion, afterSeq: "" },
      { questionId: openQuestion, afterSeq: "007" },
      { questionId: openQuestion, afterSeq: 12 },
      { questionId: openQuestion, afterSeq: "9223372036854775808" },
      { questionId: String(openQuestion) },
      { questionId: 1.5 },
      null,
    ];
    for (const request of garbage) {
      expect(await join(visitor, request as JoinQuestionRequest)).toEqual({ ok: false, error: "invalid" });
    }
    expect(await roomSize(openQuestion)).toBe(0);
  });

  it("leaves hidden, deleted and orphaned messages out of the catch-up and the broadcast", async () => {
    const questionId = await ask("Tingling in the left foot");
    const before = (await getQuestionThread({ viewer: null, questionId })).lastSeq;
    const visible = await insert(questionId, { authorId: doctorId(0) });
    const hiddenAnswer = await insert(questionId, {
      authorId: doctorId(1),
      extra: { hiddenAt: new Date(), hiddenReason: "Dangerous advice" },
    });
    const deletedAnswer = await insert(questionId, { authorId: doctorId(2), extra: { deletedAt: new Date() } });
    const orphan = await insert(questionId, { authorId: ids.patient, parentId: deletedAnswer.id });
    const underHidden = await insert(questionId, { authorId: ids.patient, parentId: hiddenAnswer.id });
    const deletedReply = await insert(questionId, {
      authorId: ids.patient,
      parentId: visible.id,
      extra: { deletedAt: new Date() },
    });
    expect((await getQuestionThread({ viewer: null, questionId })).lastSeq).toBe(deletedReply.seq);

    const page = await open();
    const joined = await join(page, { questionId, afterSeq: before });
    expect(joined.ok && seqsOf(joined.missed)).toEqual([visible.seq, underHidden.seq]);
    const staff = await open(await sessionCookie(ids.moderator, "MODERATOR"));
    const joinedByStaff = await join(staff, { questionId, afterSeq: before });
    expect(joinedByStaff.ok && seqsOf(joinedByStaff.missed)).toEqual([visible.seq, underHidden.seq]);

    for (const message of [hiddenAnswer, deletedAnswer, orphan, deletedReply]) {
      await publishThreadMessage({ questionId, messageId: message.id });
    }
    await publishThreadMessage({ questionId, messageId: underHidden.id });
    await vi.waitFor(() => expect(page.events).toHaveLength(1));
    expect(seqsOf(page.events)).toEqual([underHidden.seq]);
  });

  it("names the asker by the question's pseudonym in replies and addressees", async () => {
    const questionId = await ask("Back spasms after lifting");
    const page = await open();
    await join(page, { questionId });
    const answer = await insert(questionId, { authorId: doctorId(3) });
    const fromPatient = await insert(questionId, {
      authorId: ids.patient,
      parentId: answer.id,
      addresseeId: doctorId(3),
    });
    const toPatient = await insert(questionId, {
      authorId: doctorId(3),
      parentId: answer.id,
      addresseeId: ids.patient,
    });
    for (const message of [answer, fromPatient, toPatient])
      await publishThreadMessage({ questionId, messageId: message.id });
    await vi.waitFor(() => expect(page.events).toHaveLength(3));

    const [answered, patientReply, doctorReply] = page.events;
    expect(answered?.message).toMatchObject({ kind: "ANSWER", parentId: null, addressee: null });
    expect(answered?.message.author).toMatchObject({
      name: "Irina Maslova 3",
      role: "DOCTOR",
      specialties: ["Neurologist"],
    });
    expect(answered?.message.author.doctor).toMatchObject({ university: "Riga Stradins University" });
    expect(patientReply?.message).toMatchObject({
      kind: "REPLY",
      parentId: answer.id,
      author: { name: "Mark", role: "PATIENT", isQuestionAuthor: true },
      addressee: { name: "Irina Maslova 3", role: "DOCTOR" },
    });
    expect(doctorReply?.message.addressee).toEqual({ name: "Mark", role: "PATIENT" });
    expect(typeof patientReply?.message.createdAt).toBe("string");
    expect(JSON.stringify(page.events)).not.toContain("Tanner");

    const caughtUp = await join(await open(), { questionId, afterSeq: "0" });
    expect(caughtUp.ok && caughtUp.missed).toEqual(page.events);
  });

  it("does not name doctors-only files in a live payload", async () => {
    const questionId = await ask("My MRI report");
    const page = await open();
    await join(page, { questionId });
    const reply = await insert(questionId, {
      authorId: ids.patient,
      parentId: (await insert(questionId, { authorId: doctorId(4) })).id,
    });
    const file = (fileName: string, visibility: "PUBLIC" | "DOCTORS_ONLY") => ({
      ownerId: ids.patient,
      questionId,
      messageId: reply.id,
      fileName,
      contentType: "application/pdf",
      sizeBytes: 1024,
      sha256: "a".repeat(64),
      storageKey: `test/${fileName}`,
      visibility,
    });
    await db().attachment.createMany({
      data: [file("mark-tanner-blood-tests.pdf", "DOCTORS_ONLY"), file("mri-report.pdf", "PUBLIC")],
    });
    await publishThreadMessage({ questionId, messageId: reply.id });
    await vi.waitFor(() => expect(page.events).toHaveLength(1));
    expect(page.events[0]?.message.attachments.map((a) => [a.fileName, a.visibility])).toEqual([
      [null, "DOCTORS_ONLY"],
      ["mri-report.pdf", "PUBLIC"],
    ]);
    expect(JSON.stringify(page.events)).not.toContain("blood");
    // The broadcast (one statement) and a visitor's catch-up (Prisma's nested select) describe the message alike.
    const visitor = await join(await open(), { questionId, afterSeq: "0" });
    expect(visitor.ok && visitor.missed[1]).toEqual(page.events[0]);

    // The catch-up is the joining viewer's own view: a verified doctor may open the file.
    const doctor = await open(await sessionCookie(doctorId(4), "DOCTOR"));
    const joined = await join(doctor, { questionId, afterSeq: "0" });
    expect(joined.ok && joined.missed[1]?.message.attachments[0]?.fileName).toBe("mark-tanner-blood-tests.pdf");
  });

  it("tells a joining page who is writing an answer now, so a page rendered earlier (or cached) is corrected", async () => {
    const questionId = await ask("Tingling in both feet");
    const now = Date.now();
    // Doctor 0 is writing; doctor 1's lock expired a minute ago (not swept yet): only doctor 0 is "answering".
    await db().answeringLock.createMany({
      data: [
        { questionId, doctorId: doctorId(0), startedAt: new Date(now - 10_000), expiresAt: new Date(now + 60_000) },
        { questionId, doctorId: doctorId(1), startedAt: new Date(now - 200_000), expiresAt: new Date(now - 60_000) },
      ],
    });
    const page = await open();
    const received: AnsweringDoctorsEvent[] = [];
    page.socket.on("answer:doctors", (event) => received.push(event));
    const joined = await join(page, { questionId });
    expect(joined.ok).toBe(true);
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toMatchObject({
      questionId,
      doctors: [{ doctorId: doctorId(0), name: "Dr. Irina Maslova 0" }],
    });

    // Only the joining socket is told: a page already in the room hears nothing new.
    const second = await open();
    await join(second, { questionId });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toHaveLength(1);
    // The lock of doctor 1 is still there: joining (a read) deleted nothing.
    expect(await db().answeringLock.count({ where: { questionId } })).toBe(2);
  });

  it("publishes a question's new status to its room", async () => {
    const questionId = await ask("Can I stop the tablets?");
    const page = await open();
    await join(page, { questionId });
    await db().question.update({ where: { id: questionId }, data: { status: "CLOSED", closeReason: "Resolved" } });
    await publishQuestionStatus({ questionId });
    await vi.waitFor(() => expect(page.statuses).toEqual([{ questionId, status: "CLOSED", closeReason: "Resolved" }]));
  });

  it("tells the room an answer's new thanks and agree counts, and only that question's room", async () => {
    const questionId = await ask("Numb toes after a long walk");
    const elsewhere = await ask("Numb fingers in the morning");
    const page = await open();
    const otherPage = await open();
    await join(page, { questionId });
    await join(otherPage, { questionId: elsewhere });
    const answer = await insert(questionId, { authorId: doctorId(0) });
    const actorOf = async (userId: string) => {
      const actor = await loadActor(userId);
      if (!actor) throw new Error(`no actor for ${userId}`);
      return actor;
    };

    await reactToAnswer({ actor: await actorOf(ids.patient), messageId: answer.id, kind: "THANKS" });
    await reactToAnswer({ actor: await actorOf(doctorId(1)), messageId: answer.id, kind: "AGREE" });
    await vi.waitFor(() =>
      expect(page.reactions).toEqual([
        { questionId, messageId: answer.id, thanksCount: 1, agreeCount: 0 },
        { questionId, messageId: answer.id, thanksCount: 1, agreeCount: 1 },
      ]),
    );
    // A refused second thanks changes nothing and tells nobody.
    await expect(
      reactToAnswer({ actor: await actorOf(ids.patient), messageId: answer.id, kind: "THANKS" }),
    ).rejects.toThrow("You already thanked");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.reactions).toHaveLength(2);
    expect(otherPage.reactions).toEqual([]);
  });

  it("does nothing without a socket.io server, and never throws", async () => {
    const questionId = await ask("Dizzy in the morning");
    const page = await open();
    await join(page, { questionId });
    const message = await insert(questionId, { authorId: doctorId(0) });
    registerRealtime(undefined);
    try {
      await expect(publishThreadMessage({ questionId, messageId: message.id })).resolves.toBeUndefined();
      await expect(publishQuestionStatus({ questionId })).resolves.toBeUndefined();
    } finally {
      registerRealtime(realtime);
    }

    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = {
      to: () => {
        throw new Error("adapter down");
      },
    } as unknown as RealtimeServer;
    registerRealtime(broken);
    try {
      await expect(publishThreadMessage({ questionId, messageId: message.id })).resolves.toBeUndefined();
      await expect(publishQuestionStatus({ questionId })).resolves.toBeUndefined();
      expect(() =>
        publishAnswerReactions({ questionId, messageId: message.id, thanksCount: 1, agreeCount: 0 }),
      ).not.toThrow();
      // One for the message; two for the status, which also updates the doctors' queues; one for the reactions.
      expect(logged).toHaveBeenCalledTimes(4);
    } finally {
      registerRealtime(realtime);
      logged.mockRestore();
    }
    // Unknown messages and questions are not errors: there is nothing to tell.
    await expect(publishThreadMessage({ questionId, messageId: "no-such-message" })).resolves.toBeUndefined();
    await expect(publishThreadMessage({ questionId: 2 ** 40, messageId: message.id })).resolves.toBeUndefined();

    await publishThreadMessage({ questionId, messageId: message.id });
    await vi.waitFor(() => expect(page.events).toHaveLength(1));
  });

  it("caps a catch-up at 500 messages, oldest first", async () => {
    const questionId = await ask("A very long thread");
    const answer = await insert(questionId, { authorId: doctorId(0) });
    await db().threadMessage.createMany({
      data: Array.from({ length: 520 }, (_, index) => ({
        questionId,
        kind: "REPLY" as const,
        parentId: answer.id,
        authorId: ids.patient,
        body: `Reply ${index}`,
      })),
    });
    const joined = await join(await open(), { questionId, afterSeq: "0" });
    if (!joined.ok) throw new Error(joined.error);
    expect(joined.missed).toHaveLength(500);
    expect(joined.missed[0]?.seq).toBe(answer.seq);
    expect(isAscending(seqsOf(joined.missed))).toBe(true);
  });
});
