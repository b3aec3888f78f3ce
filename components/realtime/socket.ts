"use client";

// One socket.io connection per tab, shared by every live feature of the page (thread, "is answering", private
// consultation, doctor queue, the header's unread badge). Each feature adds and removes only its own listeners and
// joins its own rooms; the connection closes when the last feature lets go of it.
//
// socket.io's client (about 13 KB gzip) is not part of the page's first load: the first feature that asks for the
// socket, from an effect (so after hydration), loads it once the browser is idle — its evaluation is a long task
// that would otherwise land in the middle of hydration on a slow phone. Most readers are anonymous and have no live
// feature but the thread, which can wait: it catches up from the page's lastSeq when it joins.
import { useEffect, useState } from "react";
import type { Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type Connection = { socket: Promise<LiveSocket>; users: number };

let shared: Connection | null = null;

/** The next idle moment of the main thread once the page has loaded; at most three seconds away, whatever loads. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    const cap = setTimeout(resolve, 3000);
    const done = () => {
      clearTimeout(cap);
      resolve();
    };
    const whenIdle = () =>
      "requestIdleCallback" in window ? requestIdleCallback(done, { timeout: 1000 }) : setTimeout(done, 0);
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
  });
}

async function open(): Promise<LiveSocket> {
  await idle();
  const { io } = await import("socket.io-client");
  const socket: LiveSocket = io({ transports: ["websocket", "polling"] });
  // socket.io retries every other loss by itself, but not a server that closed the socket (e.g. a restart).
  socket.on("disconnect", (reason) => {
    if (reason === "io server disconnect") socket.connect();
  });
  return socket;
}

function connect(): Connection {
  const connection: Connection = { socket: open(), users: 0 };
  connection.socket.catch((error: unknown) => {
    // The client's chunk did not load (offline, a deploy replaced it): the page works without live updates, and
    // the next feature that asks tries again.
    if (shared === connection) shared = null;
    console.error("Live updates could not start", error);
  });
  return connection;
}

/**
 * The tab's socket, opened on first use: `ready` runs once it is there (at once if it is), unless released first.
 * Add your listeners in `ready`; remove them before you release. Returns the release, which counts once however
 * often it is called; the last release closes the socket.
 */
export function acquireSocket(ready: (socket: LiveSocket) => void): () => void {
  shared ??= connect();
  const connection = shared;
  connection.users += 1;
  let released = false;
  connection.socket.then(
    (socket) => {
      if (!released) ready(socket);
    },
    () => undefined, // logged once, in connect()
  );
  return () => {
    if (released) return;
    released = true;
    connection.users -= 1;
    if (connection.users > 0) return;
    if (shared === connection) shared = null;
    connection.socket.then(
      (socket) => socket.disconnect(),
      () => undefined,
    );
  };
}

/** The tab's socket for a component's lifetime: null during the server render and until socket.io has loaded. */
export function useRealtimeSocket(): LiveSocket | null {
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  useEffect(() => {
    const release = acquireSocket(setSocket);
    return () => {
      release();
      setSocket(null);
    };
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
