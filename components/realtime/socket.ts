"use client";

// One socket.io connection per tab, shared by every live feature of the page (thread, "is answering", private
// consultation, doctor queue, the header's unread badge). Each feature adds and removes only its own listeners and
// joins its own rooms; the connection closes when the last feature lets go of it.
import { useEffect, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type SocketLease = {
  socket: LiveSocket;
  /** Lets go of the shared socket; the last release closes it. Calling it twice counts once. */
  release: () => void;
};

let shared: LiveSocket | null = null;
let users = 0;

function open(): LiveSocket {
  const socket: LiveSocket = io({ transports: ["websocket", "polling"] });
  // socket.io retries every other loss by itself, but not a server that closed the socket (e.g. a restart).
  socket.on("disconnect", (reason) => {
    if (reason === "io server disconnect") socket.connect();
  });
  return socket;
}

/** The tab's socket, opened on first use. Remove your listeners before you release it. */
export function acquireSocket(): SocketLease {
  shared ??= open();
  const socket = shared;
  users += 1;
  let released = false;
  return {
    socket,
    release: () => {
      if (released) return;
      released = true;
      users -= 1;
      if (users === 0 && shared === socket) {
        shared = null;
        socket.disconnect();
      }
    },
  };
}

/** The tab's socket for a component's lifetime: null during the server render and the first client render. */
export function useRealtimeSocket(): LiveSocket | null {
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  useEffect(() => {
    const lease = acquireSocket();
    setSocket(lease.socket);
    return lease.release;
  }, []);
  return socket;
}

/**
 * Runs `join` now if the socket is connected and again on every later connect: a reconnection starts a new server
 * session with no rooms, so each feature joins its own again. `rejoin` is false the first time only; `current()`
 * turns false once stopped, for an acknowledgement that arrives after the feature is gone (the socket outlives it).
 * Returns the function that stops it.
 */
export function onEveryConnect(
  socket: LiveSocket,
  join: (rejoin: boolean, current: () => boolean) => void,
): () => void {
  let joinedBefore = false;
  let stopped = false;
  const current = () => !stopped;
  const onConnect = () => {
    const rejoin = joinedBefore;
    joinedBefore = true;
    join(rejoin, current);
  };
  if (socket.connected) onConnect();
  socket.on("connect", onConnect);
  return () => {
    stopped = true;
    socket.off("connect", onConnect);
  };
}
