// The ask form's draft lives in this browser until the question is posted, so a closed tab, a lost
// connection or a failed submit never costs a worried patient what they wrote.
export const ASK_DRAFT_KEY = "consilium:ask-draft";
export const DRAFT_FIELDS = ["specialtyId", "title", "body", "shownName", "shownCity"] as const;
export type AskDraft = Partial<Record<(typeof DRAFT_FIELDS)[number], string>>;

export function readAskDraft(): AskDraft {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(ASK_DRAFT_KEY) ?? "{}");
    return typeof parsed === "object" && parsed !== null ? (parsed as AskDraft) : {};
  } catch {
    return {};
  }
}

export function writeAskDraft(form: HTMLFormElement): void {
  const data = new FormData(form);
  const draft: AskDraft = {};
  for (const field of DRAFT_FIELDS) {
    const value = data.get(field);
    if (typeof value === "string" && value.trim()) draft[field] = value;
  }
  try {
    window.localStorage.setItem(ASK_DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Private mode or a full quota: the form still works, only without the safety net.
  }
}

export function clearAskDraft(): void {
  try {
    window.localStorage.removeItem(ASK_DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}
