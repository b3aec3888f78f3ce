// Who may decide, on what, and only once: roles, routing of dangerous-advice reports to medical reviewers,
// two moderators at the same moment, a pending set that changed, and decisions that do not fit the target.
import { beforeAll, describe, expect, it } from "vitest";
import {
  HANDLED_ELSEWHERE,
  MEDICAL_REVIEW_ONLY,
  NEW_REPORTS_ARRIVED,
  resolveComplaints,
} from "../../lib/complaints/resolve-complaints";
import { db } from "../../lib/db";
import { reloadEnv } from "../../lib/env";
import type { ComplaintTargetType } from "../../lib/generated/prisma/enums";
import { createAnswer, createPatients, createStaff, report } from "../support/complaint-fixtures";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("resolve_rules");

let specialtyId: number;
let mark: Person;
let irina: Person;
let moderator: Person;
let reviewer: Person;
let admin: Person;

const pendingIds = async (targetType: ComplaintTargetType, targetId: string) =>
  (await db().complaint.findMany({ where: { targetType, targetId, state: "PENDING" } })).map((c) => c.id);

const resolveAs = (
  actor: Person,
  targetType: ComplaintTargetType,
  targetId: string,
  complaintIds: string[],
  extra = {},
) =>
  resolveComplaints({
    actor: actor.actor,
    input: { targetType, targetId, complaintIds, action: "DISMISS", ...extra },
  });

/** An answer by Irina with one pending report per reason given, from different people. */
async function reportedAnswer(...reasons: ("SPAM" | "DANGEROUS_ADVICE" | "ABUSE")[]): Promise<string> {
  const questionId = await createQuestion({ authorId: mark.id, specialtyId });
  const answerId = await createAnswer(questionId, irina.id);
  const reporters = await createPatients(reasons.length, "Rules");
  for (const [index, reason] of reasons.entries())
    await report(reporters[index] as Person, "MESSAGE", answerId, reason);
  return answerId;
}

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  mark = await createPerson({ name: "Mark Tanner" });
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
  moderator = await createStaff({ name: "Paul Moderator", role: "MODERATOR" });
  reviewer = await createStaff({ name: "Nora Quinn", role: "MODERATOR", medicalReviewer: true });
  admin = await createStaff({ name: "Adrian Moss", role: "ADMIN" });
});

describe("who decides", () => {
  it("refuses patients, doctors and visitors, and changes nothing", async () => {
    const answerId = await reportedAnswer("SPAM");
    const ids = await pendingIds("MESSAGE", answerId);
    for (const actor of [mark, irina]) {
      expect((await failureOf(resolveAs(actor, "MESSAGE", answerId, ids))).code).toBe("FORBIDDEN");
    }
    const visitor = resolveComplaints({
      actor: null,
      input: { targetType: "MESSAGE", targetId: answerId, complaintIds: ids, action: "DISMISS" },
    });
    expect((await failureOf(visitor)).code).toBe("FORBIDDEN");
    // A suspended moderator reads the queue but decides nothing, and is told why.
    const suspended = {
      ...moderator,
      actor: { ...moderator.actor, status: "SUSPENDED" as const, suspendedUntil: null },
    };
    const refusal = await failureOf(resolveAs(suspended, "MESSAGE", answerId, ids));
    expect(refusal).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("suspended") });
    expect(await pendingIds("MESSAGE", answerId)).toEqual(ids);
    expect(await db().auditLog.count({ where: { targetId: answerId } })).toBe(0);
  });

  it("routes dangerous-advice reports to medical reviewers and admins", async () => {
    const answerId = await reportedAnswer("SPAM", "DANGEROUS_ADVICE");
    const ids = await pendingIds("MESSAGE", answerId);
    const refused = await failureOf(resolveAs(moderator, "MESSAGE", answerId, ids, { action: "HIDE", reason: "x" }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: MEDICAL_REVIEW_ONLY });
    expect(await pendingIds("MESSAGE", answerId)).toEqual(ids);

    await resolveAs(reviewer, "MESSAGE", answerId, ids, { action: "HIDE", reason: "Unsafe dose" });
    expect(await db().complaint.findMany({ where: { id: { in: ids } }, select: { moderatorId: true } })).toEqual([
      { moderatorId: reviewer.id },
      { moderatorId: reviewer.id },
    ]);

    const another = await reportedAnswer("DANGEROUS_ADVICE");
    await resolveAs(admin, "MESSAGE", another, await pendingIds("MESSAGE", another));
    expect(await pendingIds("MESSAGE", another)).toEqual([]);

    // Reports that are not about dangerous advice are any moderator's.
    const plain = await reportedAnswer("ABUSE");
    await resolveAs(moderator, "MESSAGE", plain, await pendingIds("MESSAGE", plain));
    expect(await pendingIds("MESSAGE", plain)).toEqual([]);
  });

  it("lets any moderator decide on dangerous advice when routing is switched off", async () => {
    const answerId = await reportedAnswer("DANGEROUS_ADVICE");
    process.env.MEDICAL_REVIEW_ROUTING = "false";
    reloadEnv();
    try {
      await resolveAs(moderator, "MESSAGE", answerId, await pendingIds("MESSAGE", answerId));
      expect(await pendingIds("MESSAGE", answerId)).toEqual([]);
    } finally {
      delete process.env.MEDICAL_REVIEW_ROUTING;
      reloadEnv();
    }
  });

  it("leaves reports about a moderator's own posts to another moderator", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const reply = await db().threadMessage.create({
      data: { questionId, kind: "ANSWER", authorId: moderator.id, body: "Moderator note." },
    });
    await report(mark, "MESSAGE", reply.id, "ABUSE");
    const ids = await pendingIds("MESSAGE", reply.id);
    expect((await failureOf(resolveAs(moderator, "MESSAGE", reply.id, ids))).code).toBe("FORBIDDEN");
    await resolveAs(reviewer, "MESSAGE", reply.id, ids);
  });
});

describe("deciding once", () => {
  it("lets exactly one of two moderators deciding at the same moment win, with one set of rows", async () => {
    const answerId = await reportedAnswer("SPAM", "ABUSE");
    const ids = await pendingIds("MESSAGE", answerId);
    const reporters = (await db().complaint.findMany({ where: { id: { in: ids } } })).map((c) => c.reporterId);

    const results = await Promise.allSettled([
      resolveAs(moderator, "MESSAGE", answerId, ids, { action: "HIDE", reason: "Spam link" }),
      resolveAs(admin, "MESSAGE", answerId, ids, { action: "DISMISS" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", message: HANDLED_ELSEWHERE });

    const complaints = await db().complaint.findMany({ where: { id: { in: ids } } });
    expect(new Set(complaints.map((c) => `${c.state}:${c.resolution}:${c.moderatorId}`)).size).toBe(1);
    expect(await db().auditLog.count({ where: { targetId: answerId } })).toBe(1);
    expect(await db().notification.count({ where: { userId: { in: reporters }, type: "COMPLAINT_RESOLVED" } })).toBe(2);

    const again = await failureOf(resolveAs(reviewer, "MESSAGE", answerId, ids));
    expect(again).toMatchObject({ code: "CONFLICT", message: HANDLED_ELSEWHERE });
  });

  it("refuses a decision when new reports arrived since the moderator looked", async () => {
    const answerId = await reportedAnswer("SPAM");
    const seen = await pendingIds("MESSAGE", answerId);
    await report(await createPerson({ name: "Late Reporter" }), "MESSAGE", answerId, "ABUSE");
    const stale = await failureOf(resolveAs(moderator, "MESSAGE", answerId, seen));
    expect(stale).toMatchObject({ code: "CONFLICT", message: NEW_REPORTS_ARRIVED });
    expect(await pendingIds("MESSAGE", answerId)).toHaveLength(2);
  });
});

describe("what a decision needs", () => {
  it("needs a reason for everything but dismiss and restore, and days for a suspension", async () => {
    const answerId = await reportedAnswer("SPAM");
    const ids = await pendingIds("MESSAGE", answerId);
    for (const action of ["HIDE", "WARN_AUTHOR", "SUSPEND_AUTHOR", "CLOSE_QUESTION"]) {
      const error = await failureOf(resolveAs(moderator, "MESSAGE", answerId, ids, { action, reason: " " }));
      expect(error.code).toBe("INVALID");
      expect(error.fieldErrors.reason).toHaveLength(1);
    }
    const noDays = await failureOf(
      resolveAs(moderator, "MESSAGE", answerId, ids, { action: "SUSPEND_AUTHOR", reason: "Spam" }),
    );
    expect(noDays.fieldErrors.suspendDays).toHaveLength(1);
    expect(await pendingIds("MESSAGE", answerId)).toEqual(ids);
  });

  it("refuses decisions that do not fit the target", async () => {
    const tomas = await createPerson({ name: "Tomas Kral" });
    await report(mark, "USER", tomas.id, "SPAM");
    const userIds = await pendingIds("USER", tomas.id);
    for (const action of ["HIDE", "RESTORE", "DELETE_ATTACHMENT", "CLOSE_QUESTION"]) {
      const error = await failureOf(resolveAs(moderator, "USER", tomas.id, userIds, { action, reason: "No." }));
      expect(error.code).toBe("INVALID");
    }
    const answerId = await reportedAnswer("SPAM");
    const visible = await failureOf(
      resolveAs(moderator, "MESSAGE", answerId, await pendingIds("MESSAGE", answerId), { action: "RESTORE" }),
    );
    expect(visible.code).toBe("INVALID");
    // Staff accounts are not suspended from the queue.
    await report(mark, "USER", reviewer.id, "ABUSE");
    const staff = await failureOf(
      resolveAs(admin, "USER", reviewer.id, await pendingIds("USER", reviewer.id), {
        action: "SUSPEND_AUTHOR",
        reason: "Rude",
        suspendDays: 3,
      }),
    );
    expect(staff.code).toBe("INVALID");
    expect((await db().user.findUniqueOrThrow({ where: { id: reviewer.id } })).status).toBe("ACTIVE");
  });
});
