import { describe, expect, it } from "vitest";
import { requiredWaitMs } from "../../lib/accounts/authenticate-user";

describe("requiredWaitMs", () => {
  it("lets the first failures through without a wait", () => {
    expect(requiredWaitMs(0, 5)).toBe(0);
    expect(requiredWaitMs(4, 5)).toBe(0);
  });

  it("doubles the wait with every further failure, up to 15 minutes", () => {
    expect([5, 6, 7, 8].map((n) => requiredWaitMs(n, 5))).toEqual([1000, 2000, 4000, 8000]);
    expect(requiredWaitMs(40, 5)).toBe(15 * 60 * 1000);
  });
});
