// Storage keys are made by us, and the local driver still refuses any key that could leave its folder.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LocalDiskStorage } from "../../lib/storage/local-disk-storage";
import { isSafeStorageKey, newStorageKey } from "../../lib/storage/storage";

describe("storage keys", () => {
  it("are uploads/<yyyy>/<mm>/<random>.<ext>, different every time", () => {
    const now = new Date("2026-03-05T10:00:00Z");
    const key = newStorageKey("jpg", now);
    expect(key).toMatch(/^uploads\/2026\/03\/[0-9a-f]{32}\.jpg$/);
    expect(newStorageKey("jpg", now)).not.toBe(key);
  });

  it("refuse anything that could be a path of the user's choosing", () => {
    for (const key of [
      "../secrets.txt",
      "uploads/../../etc/passwd",
      "/etc/passwd",
      "uploads\\..\\x.png",
      "uploads/./x.png",
      "uploads//x.png",
      "",
      "uploads/x.png\0.jpg",
      "x".repeat(201),
    ]) {
      expect(isSafeStorageKey(key), key).toBe(false);
    }
    expect(isSafeStorageKey("demo/c0123abcd.png")).toBe(true);
  });

  it("map to files inside the local root only", () => {
    const storage = new LocalDiskStorage("/srv/data/uploads");
    expect(storage.pathOf("uploads/2026/03/abc.png")).toBe(path.join("/srv/data/uploads", "uploads/2026/03/abc.png"));
    expect(() => storage.pathOf("../uploads-evil/x.png")).toThrow(/unsafe storage key/);
    expect(() => storage.pathOf("/etc/passwd")).toThrow(/unsafe storage key/);
  });
});
