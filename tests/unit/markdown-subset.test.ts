import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdownSubset } from "../../lib/text/markdown-subset";

describe("parseMarkdownSubset", () => {
  it("keeps paragraphs and single line breaks", () => {
    expect(parseMarkdownSubset("First line\nsecond line\n\nNext paragraph")).toEqual([
      {
        type: "paragraph",
        children: [{ type: "text", text: "First line" }, { type: "br" }, { type: "text", text: "second line" }],
      },
      { type: "paragraph", children: [{ type: "text", text: "Next paragraph" }] },
    ]);
  });

  it("reads headings, bullet and numbered lists", () => {
    const blocks = parseMarkdownSubset("## Causes\n- disc protrusion\n- muscle spasm\n\n### Steps\n3. rest\n4. walk");
    expect(blocks.map((b) => b.type)).toEqual(["heading", "list", "heading", "list"]);
    expect(blocks[1]).toMatchObject({
      ordered: false,
      items: [[{ text: "disc protrusion" }], [{ text: "muscle spasm" }]],
    });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 3 });
  });

  it("reads bold and italic, nested", () => {
    expect(parseInline("take **ibuprofen *with* food** now")).toEqual([
      { type: "text", text: "take " },
      {
        type: "strong",
        children: [
          { type: "text", text: "ibuprofen " },
          { type: "em", children: [{ type: "text", text: "with" }] },
          { type: "text", text: " food" },
        ],
      },
      { type: "text", text: " now" },
    ]);
  });

  it("leaves arithmetic, file names and lone asterisks alone", () => {
    expect(parseInline("2 * 3 * 4 and my_file_name.pdf")).toEqual([
      { type: "text", text: "2 * 3 * 4 and my_file_name.pdf" },
    ]);
  });

  it("treats HTML, links and images as plain text", () => {
    const text = '<script>alert("x")</script> [click](javascript:alert(1)) ![img](x.png)';
    expect(parseMarkdownSubset(text)).toEqual([{ type: "paragraph", children: [{ type: "text", text }] }]);
  });

  it("does not take a single # for a heading (people write #hashtags and #1)", () => {
    expect(parseMarkdownSubset("# not a heading")[0]?.type).toBe("paragraph");
  });
});
