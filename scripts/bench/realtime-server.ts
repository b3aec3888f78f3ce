// The realtime benchmark's server: server.ts's startServer (Next and socket.io on one port) in a process of its own,
// which also posts answers through the real use-case (postAnswer: transaction, notifications, then the broadcast
// to the question's room) when the benchmark asks over IPC. Reports the time each post started.
import { loadActor } from "../../lib/auth/load-actor";
import { postAnswer } from "../../lib/messages/post-answer";
import { startServer } from "../../server";

type PostRequest = { type: "post"; questionId: number; doctorIds: string[]; gapMs: number };
const send = (message: unknown) => process.send?.(message);

const server = await startServer({ dev: false });
send({ type: "ready" });

process.on("message", (message: PostRequest) => {
  if (message.type !== "post") return;
  void (async () => {
    const posts: { messageId: string; startedAt: number; committedMs: number }[] = [];
    for (const doctorId of message.doctorIds) {
      const actor = await loadActor(doctorId);
      const startedAt = performance.timeOrigin + performance.now();
      const posted = await postAnswer({
        actor,
        input: { questionId: message.questionId, body: `A benchmark answer from ${doctorId}: rest, then see me.` },
      });
      posts.push({ ...posted, startedAt, committedMs: performance.timeOrigin + performance.now() - startedAt });
      await new Promise((resolve) => setTimeout(resolve, message.gapMs));
    }
    send({ type: "posted", posts });
  })().catch((error: unknown) => send({ type: "failed", error: String(error) }));
});
process.on("SIGTERM", () => void server.close().finally(() => process.exit(0)));
