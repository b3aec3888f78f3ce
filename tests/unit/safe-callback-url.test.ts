import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "../../lib/navigation/safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeCallbackUrl("/questions/12")).toBe("/questions/12");
    expect(safeCallbackUrl("/questions/12?page=2#m_abc")).toBe("/questions/12?page=2#m_abc");
    expect(safeCallbackUrl("/")).toBe("/");
  });

  it.each([
    ["an absolute URL", "https://evil.example/phish"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash trick", "/\\evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path without a leading slash", "questions/12"],
    ["a tab inside the scheme-relative prefix", "/\t/evil.example"],
    ["a newline", "/questions\n/12"],
    ["an empty string", ""],
  ])("refuses %s", (_label, value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it("refuses values that are not a single string", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(["/a", "/b"])).toBe("/");
    expect(safeCallbackUrl(42)).toBe("/");
  });

  it("does not send a freshly signed-in user back to the sign-in or sign-up page", () => {
    expect(safeCallbackUrl("/sign-in?callbackUrl=/x")).toBe("/");
    expect(safeCallbackUrl("/sign-up")).toBe("/");
    expect(safeCallbackUrl("/sign-inside")).toBe("/sign-inside");
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeCallbackUrl("/a/../../questions")).toBe("/questions");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackUrl("https://evil.example", "/questions")).toBe("/questions");
  });
});
