// A temporary uploads folder for one test file: the local storage driver under a fresh DATA_DIR, removed afterwards.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { reloadEnv } from "../../lib/env";

export function setupLocalUploads(label: string) {
  let dataDir = "";
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), `consilium-${label}-`));
    process.env.DATA_DIR = dataDir;
    process.env.STORAGE_DRIVER = "local";
    reloadEnv();
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  const uploadsDir = () => path.join(dataDir, "uploads");
  return {
    /** Where the object stored under `storageKey` lives on disk. */
    pathOf: (storageKey: string) => path.join(uploadsDir(), storageKey),
    /** Every file under the uploads folder, relative to it (its storage key), sorted. */
    storedFiles: async (): Promise<string[]> => {
      const entries = await readdir(uploadsDir(), { recursive: true, withFileTypes: true }).catch(() => []);
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(uploadsDir(), path.join(entry.parentPath, entry.name)))
        .sort();
    },
  };
}
