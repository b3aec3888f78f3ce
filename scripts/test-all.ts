// `npm test`: every tier — unit and integration (vitest), then user journeys (Playwright in Chromium).
// With DATABASE_URL, tests create their own databases on that server; without it, on an embedded one.
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let serverUrl = process.env.DATABASE_URL;
let stop: (() => Promise<void>) | undefined;
if (!serverUrl) {
  const embedded = await startEmbeddedPostgres({
    dataDir: path.resolve(".data/test-postgres"),
    port: 54330,
    log: (line) => console.log(`[test db] ${line}`),
  });
  serverUrl = embedded.url;
  stop = embedded.stop;
}

const env = { ...process.env, DATABASE_URL: serverUrl, CHECKPOINT_DISABLE: "1" };
const tiers: [string, string, string[]][] = [
  ["unit + integration (vitest)", "npx", ["vitest", "run"]],
  ["user journeys (Playwright, Chromium)", "npx", ["playwright", "test"]],
];
const failed: string[] = [];
for (const [name, command, args] of tiers) {
  console.log(`\n━━ ${name} ━━`);
  if ((await run(command, args, env)) !== 0) failed.push(name);
}
await stop?.();
console.log(failed.length === 0 ? "\nAll test tiers passed." : `\nFailed tiers: ${failed.join(", ")}`);
process.exit(failed.length === 0 ? 0 : 1);
