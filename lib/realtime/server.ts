import type { Server as HttpServer } from "node:http";
import { decode } from "next-auth/jwt";
import { Server } from "socket.io";
import { env } from "../env";
import { type ClientToServerEvents, questionRoom, type ServerToClientEvents, type SocketData } from "./events";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** The session is checked once, in the handshake: a forged or expired cookie is refused, none means a visitor. */
async function userIdFromHandshake(cookieHeader: string | undefined): Promise<string | null | "invalid"> {
  const token = SESSION_COOKIES.map((name) => readCookie(cookieHeader, name)).find(Boolean);
  if (!token) return null;
  const payload = await decode({ token, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  return typeof payload?.uid === "string" ? payload.uid : "invalid";
}

export function attachRealtime(http: HttpServer) {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(http, {
    serveClient: false,
  });
  io.use((socket, nextMiddleware) => {
    userIdFromHandshake(socket.handshake.headers.cookie)
      .then((userId) => {
        if (userId === "invalid") return nextMiddleware(new Error("Your session has expired. Please sign in again."));
        socket.data.userId = userId;
        nextMiddleware();
      })
      .catch(nextMiddleware);
  });
  io.on("connection", (socket) => {
    socket.on("question:join", ({ questionId }, ack) => {
      if (!Number.isSafeInteger(questionId) || questionId <= 0) return ack?.({ ok: false });
      void socket.join(questionRoom(questionId));
      ack?.({ ok: true });
    });
    socket.on("question:leave", ({ questionId }) => {
      void socket.leave(questionRoom(questionId));
    });
  });
  return io;
}
