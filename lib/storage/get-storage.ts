// The storage driver the environment asks for, one per process (and per configuration, which tests change).
import path from "node:path";
import { env } from "../env";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";
import type { Storage } from "./storage";

// On globalThis like lib/db.ts: Next bundles lib/ apart from server.ts, and both may ask for storage.
const globalForStorage = globalThis as unknown as { consiliumStorage?: { settings: string; storage: Storage } };

function settingsOf(config: ReturnType<typeof env>) {
  if (config.STORAGE_DRIVER === "local") {
    return { driver: "local" as const, root: path.resolve(config.DATA_DIR, "uploads") };
  }
  return {
    driver: "s3" as const,
    // env() refuses STORAGE_DRIVER=s3 without a bucket; the fallback only satisfies the type.
    bucket: config.S3_BUCKET ?? "",
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials:
      config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
        : undefined,
  };
}

export function getStorage(): Storage {
  const settings = settingsOf(env());
  const key = JSON.stringify(settings);
  const cached = globalForStorage.consiliumStorage;
  if (cached && cached.settings === key) return cached.storage;

  if (cached?.storage instanceof S3Storage) cached.storage.destroy();
  const storage = settings.driver === "local" ? new LocalDiskStorage(settings.root) : new S3Storage(settings);
  globalForStorage.consiliumStorage = { settings: key, storage };
  return storage;
}
