// The typed contract between the socket.io server and its clients. Later features add events here.

// biome-ignore lint/complexity/noBannedTypes: no server-to-client events yet; the thread feature adds them.
export type ServerToClientEvents = {};

export type ClientToServerEvents = {
  "question:join": (payload: { questionId: number }, ack?: (result: { ok: boolean }) => void) => void;
  "question:leave": (payload: { questionId: number }) => void;
};

export type SocketData = {
  /** Null for an anonymous visitor: public threads can be watched without an account. */
  userId: string | null;
};

export const questionRoom = (questionId: number) => `question:${questionId}`;
