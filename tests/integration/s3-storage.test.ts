// The S3 driver against a real S3-protocol peer: s3rver, a local S3 server, on a random port and a temp folder.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reloadEnv } from "../../lib/env";
import { getStorage } from "../../lib/storage/get-storage";
import { LocalDiskStorage } from "../../lib/storage/local-disk-storage";
import { S3Storage } from "../../lib/storage/s3-storage";
import { newStorageKey } from "../../lib/storage/storage";

const BUCKET = "consilium-test-uploads";
const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

let server: S3rver;
let folder: string;
let endpoint: string;
let storage: S3Storage;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "consilium-s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, directory: folder, silent: true });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  const admin = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials });
  await admin.send(new CreateBucketCommand({ Bucket: BUCKET }));
  admin.destroy();
  storage = new S3Storage({ bucket: BUCKET, region: "us-east-1", endpoint, forcePathStyle: true, credentials });
});

afterAll(async () => {
  storage?.destroy();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const readAll = async (stream: Readable) => Buffer.concat(await stream.toArray());

describe("S3Storage", () => {
  it("puts, gets and deletes an object byte for byte", async () => {
    const key = newStorageKey("png");
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
    await storage.put(key, bytes, "image/png");

    const object = await storage.get(key);
    expect(object?.sizeBytes).toBe(bytes.length);
    expect(object && (await readAll(object.stream)).equals(bytes)).toBe(true);

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
  });

  it("answers null for a missing key and deletes a missing key without error", async () => {
    const key = newStorageKey("pdf");
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("refuses keys we did not make before any request is sent", async () => {
    for (const key of ["../escape.png", "/absolute.png", "a//b.png", "UPPER/case.png", "uploads/x.png?acl"]) {
      await expect(storage.put(key, Buffer.from("x"), "image/png")).rejects.toThrow(/unsafe storage key/);
    }
  });

  it("is the driver getStorage() picks when STORAGE_DRIVER=s3, and local disk otherwise", async () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        STORAGE_DRIVER: "s3",
        S3_BUCKET: BUCKET,
        S3_ENDPOINT: endpoint,
        S3_FORCE_PATH_STYLE: "true",
        S3_ACCESS_KEY_ID: credentials.accessKeyId,
        S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      });
      reloadEnv();
      const configured = getStorage();
      expect(configured).toBeInstanceOf(S3Storage);
      expect(getStorage()).toBe(configured);
      const key = newStorageKey("webp");
      await configured.put(key, Buffer.from("RIFF"), "image/webp");
      expect((await storage.get(key))?.sizeBytes).toBe(4);

      process.env.STORAGE_DRIVER = "local";
      process.env.DATA_DIR = folder;
      reloadEnv();
      const local = getStorage();
      expect(local).toBeInstanceOf(LocalDiskStorage);
      expect((local as LocalDiskStorage).root).toBe(path.join(folder, "uploads"));
    } finally {
      process.env = saved;
      reloadEnv();
    }
  });
});
