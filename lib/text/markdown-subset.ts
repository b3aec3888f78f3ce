// The small Markdown subset people may use in questions, answers and articles: paragraphs (single
// line breaks kept), "## " and "### " headings, "- " / "* " bullet lists, "1. " numbered lists,
// **bold** and *italic* (or _italic_). Nothing else is markup — no links, images or HTML — so the
// text is stored as typed and rendered as React text nodes: there is no HTML string to sanitise.

export type Inline = { type: "text"; text: string } | { type: "strong" | "em"; children: Inline[] } | { type: "br" };

export type Block =
  | { type: "heading"; level: 2 | 3; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; start: number; items: Inline[][] };

const BULLET = /^\s{0,3}[-*]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,4})[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}(#{2,3})\s+(.*?)\s*#*\s*$/;

/** Emphasis: the first **…** or *…* / _…_ whose delimiters hug non-space text. */
const EMPHASIS =
  /\*\*(?=\S)([\s\S]*?\S)\*\*|(?<![\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_]*?\S)_(?![\w_])/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest.length > 0) {
    const match = EMPHASIS.exec(rest);
    if (!match) {
      pushText(out, rest);
      break;
    }
    if (match.index > 0) pushText(out, rest.slice(0, match.index));
    const strong = match[1];
    out.push(
      strong !== undefined
        ? { type: "strong", children: parseInline(strong) }
        : { type: "em", children: parseInline(match[2] ?? match[3] ?? "") },
    );
    rest = rest.slice(match.index + match[0].length);
  }
  return out;
}

function pushText(out: Inline[], text: string) {
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (index > 0) out.push({ type: "br" });
    if (line) out.push({ type: "text", text: line });
  });
}

export function parseMarkdownSubset(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: "paragraph", children: parseInline(paragraph.join("\n")) });
    paragraph = [];
  };
  const flushList = () => {
    if (list)
      blocks.push({ type: "list", ordered: list.ordered, start: list.start, items: list.items.map(parseInline) });
    list = null;
  };

  for (const line of lines) {
    if (line.trim() === "") {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ type: "heading", level: heading[1] === "##" ? 2 : 3, children: parseInline(heading[2] ?? "") });
    } else if (bullet || numbered) {
      flushParagraph();
      const ordered = Boolean(numbered);
      const text = (bullet ? bullet[1] : numbered?.[2]) ?? "";
      if (!list || list.ordered !== ordered) {
        flushList();
        list = { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      }
      list.items.push(text);
    } else if (list && /^\s{2,}\S/.test(line)) {
      // An indented line continues the previous list item.
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last]}\n${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}
