/**
 * The first words of a user's text as one line, cut at a word boundary, for lists and meta descriptions.
 * Whitespace runs (including line breaks) become single spaces so a preview never shows stray gaps.
 */
export function excerpt(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars) return flat;
  const room = Math.max(1, maxChars - 1); // one character for the ellipsis
  const cut = flat.slice(0, room);
  const lastSpace = cut.lastIndexOf(" ");
  // A single very long word is cut mid-word rather than dropped.
  const words = lastSpace > room * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s.,;:!?-]+$/, "")}…`;
}
