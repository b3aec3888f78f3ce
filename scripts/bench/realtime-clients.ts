// One of the realtime benchmark's client processes: `count` socket.io clients (websocket transport, anonymous
// visitors) join one question's room as the question page does (question:join with an ack) and note when each
// thread:message arrives. Asked over IPC, it reports the receipts and closes its sockets.
import { io, type Socket } from "socket.io-client";

const [url, questionId, count] = [process.argv[2] as string, Number(process.argv[3]), Number(process.argv[4])];
const send = (message: unknown) => process.send?.(message);
/** Receipt times (ms since the epoch, sub-millisecond) per message id, one per client. */
const receipts = new Map<string, number[]>();
const sockets: Socket[] = [];

async function connect(): Promise<void> {
  const socket = io(url, { transports: ["websocket"], reconnection: false, timeout: 30_000 });
  sockets.push(socket);
  socket.on("thread:message", (event: { message: { id: string } }) => {
    const at = performance.timeOrigin + performance.now();
    const list = receipts.get(event.message.id) ?? [];
    list.push(at);
    receipts.set(event.message.id, list);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect_error", reject);
    socket.once("connect", () => {
      socket.emit("question:join", { questionId }, (result: { ok: boolean; error?: string }) =>
        result.ok ? resolve() : reject(new Error(`join refused: ${result.error}`)),
      );
    });
  });
}

try {
  // A few at a time: a thousand handshakes at once would measure the accept queue, not the fan-out.
  for (let i = 0; i < count; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - i) }, () => connect()));
  }
  send({ type: "joined", count: sockets.length });
} catch (error) {
  send({ type: "failed", error: String(error) });
}

process.on("message", (message: { type: string }) => {
  if (message.type !== "report") return;
  // Per message: how many clients got it and when the last one did. The benchmark stops this process afterwards.
  const summary = Object.fromEntries(
    [...receipts].map(([id, times]) => [id, { count: times.length, last: Math.max(...times) }]),
  );
  send({ type: "receipts", receipts: summary });
  for (const socket of sockets) socket.close();
});
