"use client";

// One socket per tab for the user's own channel, shared by the header badge and the notification centre: each
// page renders the count from the server, then follows "notifications:unread" (sent on connecting and on every
// change, whichever tab or use-case caused it).
import { useEffect, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";

type Listener = (unread: number) => void;

let socket: Socket<ServerToClientEvents, ClientToServerEvents> | undefined;
const listeners = new Set<Listener>();

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (!socket) {
    const opened: Socket<ServerToClientEvents, ClientToServerEvents> = io({ transports: ["websocket", "polling"] });
    opened.on("notifications:unread", ({ unread }) => {
      for (const notify of listeners) notify(unread);
    });
    // socket.io retries every other loss by itself, but not a server that closed the socket (e.g. a restart).
    opened.on("disconnect", (reason) => {
      if (reason === "io server disconnect") opened.connect();
    });
    socket = opened;
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      socket?.disconnect();
      socket = undefined;
    }
  };
}

/** The unread count: the server-rendered one until the live channel says otherwise, and again after a re-render. */
export function useLiveUnread(rendered: number): number {
  const [state, setState] = useState({ rendered, unread: rendered });
  if (state.rendered !== rendered) setState({ rendered, unread: rendered });
  useEffect(() => subscribe((unread) => setState((previous) => ({ ...previous, unread }))), []);
  return state.rendered === rendered ? state.unread : rendered;
}
