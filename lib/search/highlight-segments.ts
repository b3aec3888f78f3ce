// Search snippets leave Postgres with control characters around the matched words (ts_headline's StartSel/StopSel),
// and reach the page as plain text segments: nothing from the database is ever rendered as HTML.

/** Opening and closing markers of a highlighted run, stripped from the source text before ts_headline runs. */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";

export type TextSegment = { text: string; highlighted: boolean };

/** Splits marked-up text into segments; adjacent segments of the same kind are merged, empty ones dropped. */
export function highlightSegments(marked: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let highlighted = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.highlighted === highlighted) last.text += text;
    else segments.push({ text, highlighted });
    text = "";
  };
  for (const char of marked) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      flush();
      highlighted = char === HIGHLIGHT_START;
    } else {
      text += char;
    }
  }
  flush();
  return segments;
}
