// The bookkeeping every live page runs: what counts as news, and where a reconnect resumes.
import { describe, expect, it } from "vitest";
import { threadCursor } from "../../lib/realtime/events";

describe("threadCursor", () => {
  it("takes each message once, whether it came live, in a catch-up, or both", () => {
    const cursor = threadCursor("10");
    expect(["11", "12", "11", "13", "12"].filter((seq) => cursor.accept(seq))).toEqual(["11", "12", "13"]);
    expect(cursor.afterSeq).toBe("13");
  });

  it("ignores what the rendered page already shows, and resumes after a newer render", () => {
    const cursor = threadCursor("10");
    expect(cursor.accept("9")).toBe(false);
    expect(cursor.accept("10")).toBe(false);
    cursor.rendered("15");
    expect(cursor.accept("14")).toBe(false);
    expect(cursor.afterSeq).toBe("15");
    expect(cursor.accept("16")).toBe(true);
    cursor.rendered("12");
    expect(cursor.afterSeq).toBe("16");
  });

  it("compares seqs as numbers beyond 2^53, not as strings", () => {
    const cursor = threadCursor("9007199254740993");
    expect(cursor.accept("9007199254740994")).toBe(true);
    expect(cursor.accept("10")).toBe(false);
    expect(cursor.afterSeq).toBe("9007199254740994");
  });
});
