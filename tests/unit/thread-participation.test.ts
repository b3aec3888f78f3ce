// What a viewer may do in a thread, decided from the facts the page's one statement read.
import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { threadParticipationFor } from "../../lib/questions/thread-participation";

const actor = (id: string, role: Actor["role"]): Actor => ({
  id,
  role,
  status: "ACTIVE",
  suspendedUntil: null,
  doctorVerified: role === "DOCTOR",
  medicalReviewer: false,
});
const question = { authorId: "asker", status: "OPEN" as const, hiddenAt: null, deletedAt: null };
const facts = (extra: Partial<Parameters<typeof threadParticipationFor>[1]> = {}) => ({
  question,
  following: false,
  ownAnswerId: null,
  ...extra,
});

describe("threadParticipationFor", () => {
  it("gives a visitor nothing to do", () => {
    expect(Object.values(threadParticipationFor(null, facts({ following: true })))).not.toContain(true);
  });

  it("lets the asker close without a reason and follow; a doctor who answered replies instead of answering", () => {
    expect(threadParticipationFor(actor("asker", "PATIENT"), facts({ following: true }))).toMatchObject({
      following: true,
      isAsker: true,
      canClose: true,
      closeNeedsReason: false,
      canAnswer: false,
    });
    expect(threadParticipationFor(actor("doc", "DOCTOR"), facts({ ownAnswerId: "m1" }))).toMatchObject({
      ownAnswerId: "m1",
      canAnswer: false,
      canReply: true,
    });
    expect(threadParticipationFor(actor("doc", "DOCTOR"), facts())).toMatchObject({ canAnswer: true });
  });

  it("counts an own answer only for a doctor, and nothing on a deleted question", () => {
    expect(threadParticipationFor(actor("mod", "MODERATOR"), facts({ ownAnswerId: "m1" })).ownAnswerId).toBeNull();
    const deleted = facts({ question: { ...question, deletedAt: new Date(0) }, following: true });
    expect(Object.values(threadParticipationFor(actor("asker", "PATIENT"), deleted))).not.toContain(true);
  });
});
