// Process roles: the web process (startServer) runs no background job and never loads the sentence model; the worker
// (startWorker) runs them, and after close() runs none. A pending question is the witness: only the embedding job
// gives it a QuestionEmbedding, loading the model to do so.
import { type ChildProcess, fork } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { startWorker } from "../../worker";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("process_roles");

/** The embedding job runs every 5 s (lib/jobs/background-jobs.ts): a web that ran it would have by now. */
const LONGER_THAN_ONE_EMBED_INTERVAL_MS = 8_000;
const root = path.resolve(import.meta.dirname, "../..");
let patient: Person;
let specialtyId: number;

type WebMessage = { kind: "ready"; url: string } | { kind: "report"; modelLoaded: boolean };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

function nextMessage<K extends WebMessage["kind"]>(child: ChildProcess, kind: K): Promise<WebMessage & { kind: K }> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WebMessage) => {
      if (message.kind !== kind) return;
      child.off("message", onMessage);
      resolve(message as WebMessage & { kind: K });
    };
    child.on("message", onMessage);
    child.once("exit", (code) => reject(new Error(`the web process exited (${code})`)));
  });
}

const embedded = async (questionId: number) => (await db().questionEmbedding.count({ where: { questionId } })) === 1;
const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  patient = await createPerson({ name: "Mark Tanner" });
  specialtyId = (await createSpecialty("Neurologist")).id;
});

describe("the web process", () => {
  let web: ChildProcess | undefined;

  afterAll(() => {
    if (web && web.exitCode === null) web.kill("SIGKILL");
  });

  it("serves without running the jobs or loading the sentence model", async () => {
    const questionId = await createQuestion({ authorId: patient.id, specialtyId, title: "Aura before a migraine" });
    web = fork(path.join(root, "tests/support/web-process.ts"), {
      cwd: root,
      execArgv: ["--import", "tsx"],
      // NODE_ENV as `npm run dev` has it: under vitest's "test", Next rewrites tsconfig.json for a dist folder of its own.
      env: { ...process.env, NODE_ENV: "development", PORT: String(await freePort()), NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    await nextMessage(web, "ready");

    await quietFor(LONGER_THAN_ONE_EMBED_INTERVAL_MS);
    web.send("report");
    expect((await nextMessage(web, "report")).modelLoaded).toBe(false);
    expect(await embedded(questionId)).toBe(false);

    const exited = new Promise((resolve) => web?.once("exit", resolve));
    web.send("stop");
    await exited;
  }, 120_000);
});

describe("the worker", () => {
  it("embeds pending questions, and after close() runs nothing more", async () => {
    const asked = await createQuestion({ authorId: patient.id, specialtyId, title: "Numb fingers at night" });
    const worker = await startWorker();
    try {
      await vi.waitFor(async () => expect(await embedded(asked)).toBe(true), { timeout: 60_000, interval: 500 });
    } finally {
      await worker.close();
    }

    const askedLater = await createQuestion({ authorId: patient.id, specialtyId, title: "Tingling in the left arm" });
    await quietFor(LONGER_THAN_ONE_EMBED_INTERVAL_MS);
    expect(await embedded(askedLater)).toBe(false);
  }, 120_000);
});
