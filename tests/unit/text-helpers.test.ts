import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, initialsOf, pluralize } from "../../components/ui/format";
import { excerpt } from "../../lib/text/excerpt";
import { ZQuestionListFilter } from "../../lib/validation/question";

describe("excerpt", () => {
  it("returns short text unchanged except for collapsed whitespace", () => {
    expect(excerpt("  Pain in the\n\nlower   back ", 100)).toBe("Pain in the lower back");
  });

  it("cuts long text at a word boundary and marks the cut", () => {
    const result = excerpt("My lower back hurts when I bend, and the pain goes down my left leg.", 30);
    expect(result).toBe("My lower back hurts when I…");
    expect(result.length).toBeLessThanOrEqual(30);
  });

  it("drops trailing punctuation before the ellipsis", () => {
    expect(excerpt("First sentence here. Second sentence follows on.", 22)).toBe("First sentence here…");
  });

  it("cuts a single overlong word instead of returning nothing", () => {
    expect(excerpt("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });
});

describe("ZQuestionListFilter", () => {
  it.each([
    [undefined, 1],
    ["", 1],
    ["3", 3],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["abc", 1],
    ["9999999", 1],
  ] as const)("reads page %j as %i", (value, expected) => {
    expect(ZQuestionListFilter.parse({ page: value }).page).toBe(expected);
  });

  it("falls back to the latest questions and no specialty for anything unexpected", () => {
    expect(ZQuestionListFilter.parse({ show: "unanswered", specialty: "neurologist" })).toEqual({
      page: 1,
      show: "unanswered",
      specialty: "neurologist",
    });
    expect(ZQuestionListFilter.parse({ show: "everything", specialty: "../../etc" })).toEqual({
      page: 1,
      show: "latest",
      specialty: undefined,
    });
  });
});

describe("formatting", () => {
  it("writes dates the way the reference page does, in UTC", () => {
    expect(formatDate(new Date("2020-12-01T23:30:00Z"))).toBe("December 1, 2020");
  });

  it("pluralizes with thousands separators", () => {
    expect(pluralize(1, "view", "views")).toBe("1 view");
    expect(pluralize(0, "view", "views")).toBe("0 views");
    expect(pluralize(1463, "view", "views")).toBe("1,463 views");
  });

  it("takes up to two initials and ignores a Dr. prefix", () => {
    expect(initialsOf("Irina Volkova")).toBe("IV");
    expect(initialsOf("Dr. Irina Anna Volkova")).toBe("IV");
    expect(initialsOf("egor")).toBe("E");
    expect(initialsOf("Élodie Ørsted")).toBe("ÉØ");
    expect(initialsOf("  ")).toBe("?");
  });

  it("formats file sizes", () => {
    expect(formatBytes(900)).toBe("900 B");
    expect(formatBytes(840_000)).toBe("820 KB");
    expect(formatBytes(2_500_000)).toBe("2.4 MB");
  });
});
