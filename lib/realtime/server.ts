import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { z } from "zod";
import { loadActor } from "../auth/load-actor";
import { userIdFromCookieHeader } from "../auth/session-cookie";
import { isDomainError } from "../errors";
import { listThreadMessagesSince } from "../messages/list-thread-messages-since";
import { listAnsweringDoctors } from "../questions/list-answering-doctors";
import { ZRowId } from "../validation/row-id";
import { registerConsultationHandlers } from "./consultation-handlers";
import {
  type ClientToServerEvents,
  type JoinQuestionResult,
  questionRoom,
  type ServerToClientEvents,
  type SocketData,
} from "./events";
import { registerQueueHandlers } from "./queue-handlers";
import { type RealtimeSocket, ZSeq } from "./socket";
import { registerUserHandlers } from "./user-handlers";

// Payloads come from any client: validated here, anything else is "invalid".
const ZJoinQuestion = z.object({
  questionId: ZRowId,
  afterSeq: ZSeq.optional(),
});

async function joinQuestion(socket: RealtimeSocket, request: unknown): Promise<JoinQuestionResult> {
  const parsed = ZJoinQuestion.safeParse(request);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { questionId, afterSeq } = parsed.data;
  // Read fresh on every join, as on every page request: a new role or a suspension counts at once. A session
  // whose account is gone watches as a visitor.
  const viewer = socket.data.userId ? await loadActor(socket.data.userId) : null;
  if (socket.disconnected) return { ok: false, error: "failed" };

  // Join the room first, then read the catch-up: a message committed after the read is then published to us, and
  // one committed before is in the read. A message published in between arrives both ways; clients dedupe by seq
  // (threadCursor). Joining before the read check leaks nothing: nothing of a hidden question is ever published.
  const room = questionRoom(questionId);
  await socket.join(room);
  try {
    const missed = await listThreadMessagesSince({ viewer, questionId, afterSeq });
    // The page may come from the shared HTML cache, rendered minutes ago: who is writing an answer right now is
    // sent to the joining socket alone, so a stale "Dr. X is answering" (or a missing one) is corrected on connect.
    const doctors = await listAnsweringDoctors({ questionId });
    if (socket.connected) socket.emit("answer:doctors", { questionId, doctors });
    return { ok: true, missed };
  } catch (error) {
    await socket.leave(room);
    if (isDomainError(error) && error.code === "NOT_FOUND") return { ok: false, error: "not found" };
    throw error;
  }
}

export type RealtimeOptions = {
  /** Called each time the notification bridge's LISTEN is established (tests wait for the first one). */
  onNotificationsListening?: () => void;
};

export function attachRealtime(http: HttpServer, options: RealtimeOptions = {}) {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(http, {
    serveClient: false,
  });
  const users = registerUserHandlers(io, { onListening: options.onNotificationsListening });
  // socket.io has no close event: its LISTEN connection ends with the server.
  const closeServer = io.close.bind(io);
  io.close = (done) => users.stop().then(() => closeServer(done));
  io.use((socket, nextMiddleware) => {
    userIdFromCookieHeader(socket.handshake.headers.cookie)
      .then((userId) => {
        if (userId === "invalid") return nextMiddleware(new Error("Your session has expired. Please sign in again."));
        socket.data.userId = userId;
        nextMiddleware();
      })
      .catch(nextMiddleware);
  });
  io.on("connection", (socket) => {
    registerConsultationHandlers(socket);
    registerQueueHandlers(socket);
    socket.on("question:join", (request, ack) => {
      // Without an ack the client could not learn what it missed nor whether it may watch: not served.
      if (typeof ack !== "function") return;
      joinQuestion(socket, request).then(ack, (error: unknown) => {
        console.error("question:join failed", { request, userId: socket.data.userId, error });
        ack({ ok: false, error: "failed" });
      });
    });
    socket.on("question:leave", (request) => {
      const questionId = (request as { questionId?: unknown } | undefined)?.questionId;
      if (typeof questionId === "number" && Number.isSafeInteger(questionId))
        void socket.leave(questionRoom(questionId));
    });
  });
  return io;
}
