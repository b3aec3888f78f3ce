"use client";

import { CircleCheck, WifiOff } from "lucide-react";
import { useCallback, useEffect, useState } from "react";
import type { LiveSocket } from "./socket";

/** live: connected (or still connecting the first time); lost: retrying; restored: back, shown for a moment. */
export type ConnectionState = "live" | "lost" | "restored" | "stopped";

const RESTORED_SHOWN_MS = 4000;

/**
 * The state of the tab's live connection as one feature shows it. "stopped" means no more live updates until a
 * reload: the handshake was refused (an expired session; socket.io does not retry that), or the feature itself gave
 * up (`markStopped`, e.g. its room refused it). Rejoining rooms after a reconnection is each feature's own job
 * (onEveryConnect).
 */
export function useConnectionState(socket: LiveSocket | null): {
  state: ConnectionState;
  markStopped: () => void;
} {
  const [state, setState] = useState<ConnectionState>("live");
  const markStopped = useCallback(() => setState("stopped"), []);

  useEffect(() => {
    if (!socket) return;
    let restoredTimer: ReturnType<typeof setTimeout> | undefined;
    let connectedBefore = socket.connected;
    // Shared: another feature may already have seen the handshake refused.
    setState(!socket.connected && !socket.active ? "stopped" : "live");

    const onConnect = () => {
      if (!connectedBefore) {
        connectedBefore = true;
        return;
      }
      setState((current) => (current === "stopped" ? current : "restored"));
      clearTimeout(restoredTimer);
      restoredTimer = setTimeout(
        () => setState((current) => (current === "restored" ? "live" : current)),
        RESTORED_SHOWN_MS,
      );
    };
    const onDisconnect = (reason: string) => {
      if (reason === "io client disconnect") return;
      clearTimeout(restoredTimer);
      setState((current) => (current === "stopped" ? current : "lost"));
    };
    const onConnectError = () => {
      // Not active: the handshake refused us (an expired session); socket.io will not retry.
      if (!socket.active) setState("stopped");
      else if (connectedBefore) setState((current) => (current === "stopped" ? current : "lost"));
    };
    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    socket.on("connect_error", onConnectError);
    return () => {
      clearTimeout(restoredTimer);
      socket.off("connect", onConnect);
      socket.off("disconnect", onDisconnect);
      socket.off("connect_error", onConnectError);
    };
  }, [socket]);

  return { state, markStopped };
}

type ConnectionStatusProps = {
  state: ConnectionState;
  /** What the reader misses now, e.g. "Live updates stopped — reload the page to see new answers". */
  stoppedText: string;
};

/** A small pill at the bottom of the screen while the live connection is down, and for a moment after it is back. */
export function ConnectionStatus({ state, stoppedText }: ConnectionStatusProps) {
  return (
    <div role="status" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      {state !== "live" && (
        <p
          className={`pointer-events-auto inline-flex items-center gap-2 rounded-full border px-4 py-2 shadow-md ${
            state === "restored"
              ? "border-success bg-success-soft text-success"
              : "border-field bg-neutral-soft text-neutral"
          }`}
        >
          {state === "restored" ? (
            <CircleCheck aria-hidden="true" className="size-4 shrink-0" />
          ) : (
            <WifiOff aria-hidden="true" className="size-4 shrink-0" />
          )}
          {state === "lost" && "Live updates paused — reconnecting…"}
          {state === "restored" && "Live updates restored"}
          {state === "stopped" && stoppedText}
        </p>
      )}
    </div>
  );
}
