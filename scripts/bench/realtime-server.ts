// The realtime benchmark's server: server.ts's startServer (Next and socket.io on one port) in a process of its own,
// which also posts answers through the real use-case (postAnswer: transaction, notifications, then the broadcast
// to the question's room) when the benchmark asks over IPC. Reports the time each post started.
import { loadActor } from "../../lib/auth/load-actor";
import { postAnswer } from "../../lib/messages/post-answer";
import { startServer } from "../../server";

type PostRequest = { type: "post"; questionId: number; doctorIds: string[]; gapMs: number };
const send = (message: unknown) => process.send?.(message);

const server = await startServer({ dev: false });
// When the broadcast of each answer leaves socket.io (emit → last receipt is the fan-out itself, without the
// use-case's transaction): the room's emit is wrapped, for this benchmark only.
const emittedAt = new Map<string, number>();
// socket.io's typed emit is loosened here: the wrapper only looks at the event's name and the message id.
type LooseEmit = (event: string, ...args: unknown[]) => boolean;
const to = server.io.to.bind(server.io);
server.io.to = (room) => {
  const operator = to(room);
  const emit = operator.emit.bind(operator) as unknown as LooseEmit;
  const wrapped: LooseEmit = (event, ...args) => {
    const id = (args[0] as { message?: { id?: string } } | undefined)?.message?.id;
    if (event === "thread:message" && id) emittedAt.set(id, performance.timeOrigin + performance.now());
    return emit(event, ...args);
  };
  (operator as unknown as { emit: LooseEmit }).emit = wrapped;
  return operator;
};
send({ type: "ready" });

process.on("message", (message: PostRequest) => {
  if (message.type !== "post") return;
  void (async () => {
    const posts: { messageId: string; startedAt: number; returnedMs: number }[] = [];
    for (const doctorId of message.doctorIds) {
      const actor = await loadActor(doctorId);
      const startedAt = performance.timeOrigin + performance.now();
      const posted = await postAnswer({
        actor,
        input: { questionId: message.questionId, body: `A benchmark answer from ${doctorId}: rest, then see me.` },
      });
      posts.push({ ...posted, startedAt, returnedMs: performance.timeOrigin + performance.now() - startedAt });
      await new Promise((resolve) => setTimeout(resolve, message.gapMs));
    }
    send({ type: "posted", posts: posts.map((post) => ({ ...post, emittedAt: emittedAt.get(post.messageId) })) });
  })().catch((error: unknown) => send({ type: "failed", error: String(error) }));
});
process.on("SIGTERM", () => void server.close().finally(() => process.exit(0)));
