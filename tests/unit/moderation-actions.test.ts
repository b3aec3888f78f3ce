import { describe, expect, it } from "vitest";
import { reporterTitle } from "../../lib/complaints/complaint-outcome-notices";
import { AUTO_HIDE_REASON, type ComplaintTarget } from "../../lib/complaints/load-complaint-target";
import { availableActions, targetNoun } from "../../lib/complaints/moderation-action-rules";

const question = {
  id: 1,
  authorId: "mark",
  title: "Back pain",
  status: "OPEN",
  hidden: false,
  deleted: false,
  specialtyId: 1,
} as const;
const target = (extra: Partial<ComplaintTarget> = {}): ComplaintTarget => ({
  targetType: "MESSAGE",
  targetId: "m1",
  author: { id: "irina", name: "Irina Maslova", role: "DOCTOR" },
  question,
  messageKind: "ANSWER",
  hidden: null,
  deleted: false,
  links: {},
  readableBy: () => true,
  ...extra,
});

describe("availableActions", () => {
  it("offers hiding visible content, restoring hidden content, and confirming an automatic hide", () => {
    expect(availableActions(target())).toEqual(["DISMISS", "HIDE", "WARN_AUTHOR", "SUSPEND_AUTHOR", "CLOSE_QUESTION"]);
    const byModerator = target({ hidden: { at: new Date(), reason: "Rude", byId: "nora" } });
    expect(availableActions(byModerator)).toEqual([
      "DISMISS",
      "RESTORE",
      "WARN_AUTHOR",
      "SUSPEND_AUTHOR",
      "CLOSE_QUESTION",
    ]);
    const automatic = target({ hidden: { at: new Date(), reason: AUTO_HIDE_REASON, byId: null } });
    expect(availableActions(automatic)).toContain("HIDE");
    expect(availableActions(automatic)).toContain("RESTORE");
  });

  it("deletes only files, closes only open questions, never hides people, never suspends staff", () => {
    expect(availableActions(target({ targetType: "ATTACHMENT", messageKind: null }))).toContain("DELETE_ATTACHMENT");
    expect(availableActions(target({ question: { ...question, status: "CLOSED" } }))).not.toContain("CLOSE_QUESTION");
    const person = target({ targetType: "USER", question: null, messageKind: null });
    expect(availableActions(person)).toEqual(["DISMISS", "WARN_AUTHOR", "SUSPEND_AUTHOR"]);
    const staff = target({ author: { id: "nora", name: "Nora Quinn", role: "MODERATOR" } });
    expect(availableActions(staff)).not.toContain("SUSPEND_AUTHOR");
    expect(availableActions(target({ author: null }))).toEqual(["DISMISS", "HIDE", "CLOSE_QUESTION"]);
  });
});

describe("what reporters read", () => {
  it("names the outcome, never the moderator's note", () => {
    expect(reporterTitle("CONTENT_HIDDEN", targetNoun(target()))).toBe(
      "Your report was reviewed: the answer was hidden",
    );
    expect(reporterTitle("DISMISSED", "the reply")).toBe("Your report was reviewed: no action was needed");
    expect(reporterTitle("CONTENT_RESTORED", "the answer")).toBe("Your report was reviewed: no action was needed");
    expect(reporterTitle("AUTHOR_WARNED", "the account")).toBe("Your report was reviewed: the person was warned");
    expect(targetNoun({ targetType: "MESSAGE", messageKind: "REPLY" })).toBe("the reply");
  });
});
