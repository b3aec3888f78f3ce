// The upload route reads bodies through this: a client that sends more than it announced is cut off at the limit.
import { describe, expect, it } from "vitest";
import { readLimitedBody } from "../../lib/attachments/read-limited-body";

function streamOf(chunks: number[], onPull?: () => void): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      onPull?.();
      const size = chunks[index++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(7));
    },
  });
}

describe("readLimitedBody", () => {
  it("returns the whole body up to and including the limit", async () => {
    expect((await readLimitedBody(streamOf([400, 600]), 1000))?.length).toBe(1000);
    expect((await readLimitedBody(null, 1000))?.length).toBe(0);
  });

  it("gives up as soon as the body passes the limit, without reading the rest", async () => {
    let pulls = 0;
    const result = await readLimitedBody(
      streamOf([600, 600, 600, 600, 600], () => pulls++),
      1000,
    );
    expect(result).toBeNull();
    expect(pulls).toBeLessThanOrEqual(3);
  });
});
