// The web process exactly as server.ts starts it (Next in development mode: no build needed), run as a child process
// by tests/integration/process-roles.test.ts. Asked over IPC, it says whether the sentence model was ever loaded in it.
import { startServer } from "../../server";

const server = await startServer({ dev: true, port: Number(process.env.PORT), hostname: "127.0.0.1" });
process.send?.({ kind: "ready", url: server.url });
process.on("message", (message) => {
  // lib/search/embedding-model.ts sets this global the moment anything asks for the model.
  if (message === "report") process.send?.({ kind: "report", modelLoaded: "consiliumEmbeddingModel" in globalThis });
  if (message === "stop") void server.close().finally(() => process.exit(0));
});
