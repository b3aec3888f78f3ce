// The warning-sign lists doctors review, and the queue's client-side ordering of live rows.
import { describe, expect, it } from "vitest";
import { formatWaiting } from "../../components/queue/format-waiting";
import { applyQueueUpdate, compareQueueRows, insertionIndex } from "../../components/queue/queue-order";
import type { QueueQuestionRow } from "../../lib/realtime/queue-events";
import {
  EMERGENCY_NOTICE,
  emergencyAdviceFor,
  GENERIC_RED_FLAGS,
  RED_FLAGS,
  redFlagLabels,
  redFlagsFor,
  unknownRedFlags,
} from "../../lib/triage/red-flags";
import { SPECIALTIES } from "../../prisma/seed/specialties";

describe("red flag lists", () => {
  it("has a list and advice for every seeded specialty, and none for a specialty that does not exist", () => {
    for (const { slug } of SPECIALTIES) {
      expect(RED_FLAGS[slug]?.flags.length, slug).toBeGreaterThanOrEqual(3);
      expect(RED_FLAGS[slug]?.advice.length, slug).toBeGreaterThan(20);
    }
    expect(Object.keys(RED_FLAGS).sort()).toEqual(SPECIALTIES.map((s) => s.slug).sort());
  });

  it("uses storable codes, unique within each specialty's offer, with one label per code across the file", () => {
    for (const { slug } of SPECIALTIES) {
      const codes = redFlagsFor(slug).map((flag) => flag.code);
      expect(new Set(codes).size, slug).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[a-z0-9-]{1,60}$/);
    }
  });

  it("offers the issue's signs for back pain radiating to the leg under neurology, then the generic ones", () => {
    const labels = redFlagsFor("neurologist").map((flag) => flag.label.toLowerCase());
    for (const sign of [
      "saddle area",
      "loss of bladder or bowel control",
      "fever",
      "recent",
      "weight loss",
      "leg weakness",
    ]) {
      expect(
        labels.some((label) => label.includes(sign)),
        sign,
      ).toBe(true);
    }
    expect(redFlagsFor("neurologist").slice(-GENERIC_RED_FLAGS.length)).toEqual(GENERIC_RED_FLAGS);
    expect(redFlagsFor("no-such-specialty")).toEqual(GENERIC_RED_FLAGS);
  });

  it("gives psychiatry the self-harm sign with crisis line advice", () => {
    expect(redFlagsFor("psychiatrist").map((flag) => flag.code)).toContain("self-harm-thoughts");
    expect(emergencyAdviceFor("psychiatrist")).toMatch(/crisis line/);
    expect(EMERGENCY_NOTICE.call).toMatch(/112.*911/);
  });

  it("finds codes not offered for the specialty, and labels stored codes", () => {
    expect(unknownRedFlags("neurologist", ["saddle-numbness", "chest-pain"])).toEqual([]);
    expect(unknownRedFlags("dermatologist", ["saddle-numbness", "chest-pain", "nope"])).toEqual([
      "saddle-numbness",
      "nope",
    ]);
    expect(redFlagLabels("neurologist", ["bladder-bowel-loss", "retired-code"])).toEqual([
      "Loss of bladder or bowel control",
      "retired-code",
    ]);
  });
});

const row = (questionId: number, createdAt: string, extra: Partial<QueueQuestionRow> = {}): QueueQuestionRow => ({
  questionId,
  specialty: { id: 1, name: "Neurologist" },
  title: `Question ${questionId}`,
  excerpt: "",
  shownName: "Lena",
  createdAt,
  answerCount: 0,
  attachmentCount: 0,
  urgent: false,
  redFlags: [],
  answering: [],
  ...extra,
});

describe("the live queue's order", () => {
  const rows = [
    row(1, "2026-03-01T10:00:00Z", { urgent: true }),
    row(2, "2026-03-01T08:00:00Z"),
    row(3, "2026-03-01T09:00:00Z"),
    row(4, "2026-03-01T07:00:00Z", { answerCount: 1 }),
  ];

  it("matches the SQL order: urgent, unanswered, oldest", () => {
    expect([...rows].sort(compareQueueRows).map((r) => r.questionId)).toEqual([1, 2, 3, 4]);
  });

  it("puts a new urgent question among the urgent ones and a new plain one after the unanswered ones", () => {
    const urgent = row(5, "2026-03-01T11:00:00Z", { urgent: true });
    expect(insertionIndex(rows, urgent, true)).toBe(1);
    const plain = row(6, "2026-03-01T11:00:00Z");
    expect(insertionIndex(rows, plain, true)).toBe(3);
    const plainAtEnd = row(7, "2026-03-01T11:00:00Z", { answerCount: 3 });
    expect(insertionIndex(rows, plainAtEnd, false)).toBe(4);
    expect(insertionIndex(rows, plainAtEnd, true)).toBeNull();
  });

  it("updates a row in place, moves a newly answered one after the unanswered, and drops closed or own answers", () => {
    const update = (questionId: number, extra: object = {}) => ({
      questionId,
      open: true,
      answerCount: 0,
      answering: [],
      answeredByIds: [],
      ...extra,
    });
    const options = { doctorId: "doctor-me", hasMore: false };
    const writing = applyQueueUpdate(rows, update(2, { answering: ["Dr. Anna Petrova"] }), options);
    expect(writing.map((r) => r.questionId)).toEqual([1, 2, 3, 4]);
    expect(writing[1]?.answering).toEqual(["Dr. Anna Petrova"]);
    const answered = applyQueueUpdate(rows, update(2, { answerCount: 1, answeredByIds: ["doctor-other"] }), options);
    // Among answered ones the oldest waits longest: 4 (07:00) before 2 (08:00).
    expect(answered.map((r) => r.questionId)).toEqual([1, 3, 4, 2]);
    expect(applyQueueUpdate(rows, update(3, { open: false }), options).map((r) => r.questionId)).toEqual([1, 2, 4]);
    const mine = update(3, { answerCount: 1, answeredByIds: ["doctor-me"] });
    expect(applyQueueUpdate(rows, mine, options).map((r) => r.questionId)).toEqual([1, 2, 4]);
    expect(applyQueueUpdate(rows, update(99), options)).toBe(rows);
  });

  it("says how long a question has waited", () => {
    expect(formatWaiting(20_000)).toBe("waiting less than a minute");
    expect(formatWaiting(45 * 60_000)).toBe("waiting 45 min");
    expect(formatWaiting((3 * 60 + 20) * 60_000)).toBe("waiting 3 h 20 min");
    expect(formatWaiting(2 * 3_600_000)).toBe("waiting 2 h");
    expect(formatWaiting((52 * 60 + 5) * 60_000)).toBe("waiting 2 d 4 h");
  });
});
