// The audit log as administrators read it: newest first, each filter narrowing, one page at a time, targets named.
// (That the database refuses UPDATE and DELETE on AuditLog is tested in integrity-rules.test.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditLog } from "../../lib/audit/list-audit-log";
import { recordAudit } from "../../lib/audit/record-audit";
import { db } from "../../lib/db";
import { decideDoctorVerification } from "../../lib/doctors/decide-doctor-verification";
import { closeQuestion } from "../../lib/questions/close-question";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createQuestion,
  createSpecialty,
  createUpload,
  type Person,
} from "../support/thread-fixtures";

setupTestDatabase("audit_log");

let admin: Person;
let moderator: Person;
let doctor: Person;
let patient: Person;
let questionId: number;
let answerId: string;

const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 2, day, hour));
const actionsOf = (page: { items: { action: string }[] }) => page.items.map((item) => item.action);

beforeAll(async () => {
  const neurologyId = (await createSpecialty("Neurologist")).id;
  admin = await createPerson({ name: "Adrian Moss", role: "ADMIN" });
  moderator = await createPerson({ name: "Mona Reyes", role: "MODERATOR" });
  patient = await createPerson({ name: "Mark Tanner" });
  doctor = await createDoctor({ name: "Tomas Berg", specialtyIds: [neurologyId], verified: false });
  questionId = await createQuestion({
    authorId: patient.id,
    specialtyId: neurologyId,
    title: "Tingling in both hands",
  });
  answerId = (
    await db().threadMessage.create({
      data: {
        questionId,
        kind: "ANSWER",
        authorId: (await createDoctor({ specialtyIds: [neurologyId] })).id,
        body: "…",
      },
      select: { id: true },
    })
  ).id;

  // Written by the real use-cases where one exists, so the log holds what the application really records.
  await decideDoctorVerification({
    actor: admin.actor,
    input: { doctorId: doctor.id, decision: "APPROVE" },
    now: at(1),
  });
  await db().$transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: moderator.id,
      action: "content.hide",
      targetType: "ThreadMessage",
      targetId: answerId,
      before: { hidden: false },
      after: { hidden: true },
      reason: "Advertises a clinic",
      at: at(2, 9),
    });
    await recordAudit(tx, {
      actorId: null,
      action: "content.hide",
      targetType: "Question",
      targetId: questionId,
      after: { hidden: true },
      reason: "Three complaints",
      at: at(2, 23),
    });
    await recordAudit(tx, {
      actorId: moderator.id,
      action: "user.warn",
      targetType: "User",
      targetId: patient.id,
      reason: "Rude reply",
      at: at(3),
    });
  });
  await closeQuestion({ actor: moderator.actor, input: { questionId, reason: "Duplicate question" }, now: at(4) });
});

describe("listAuditLog", () => {
  it("lists newest first with who, what, target, reason and before/after", async () => {
    const log = await listAuditLog({ actor: admin.actor });
    expect(log.total).toBe(5);
    expect(actionsOf(log)).toEqual(["question.close", "user.warn", "content.hide", "content.hide", "doctor.verify"]);
    expect(log.items.map((item) => item.createdAt)).toEqual([at(4), at(3), at(2, 23), at(2, 9), at(1)]);

    const [closed, warned, hiddenBySystem, hiddenAnswer, verified] = log.items;
    expect(closed).toMatchObject({
      actor: { id: moderator.id, name: "Mona Reyes", role: "MODERATOR" },
      targetType: "Question",
      targetId: String(questionId),
      target: { label: "Tingling in both hands", href: `/questions/${questionId}` },
      reason: "Duplicate question",
      before: { status: "OPEN" },
      after: { status: "CLOSED" },
    });
    expect(warned?.target.label).toBe(`Mark Tanner (${patient.email})`);
    expect(hiddenBySystem).toMatchObject({ actor: null, before: null, after: { hidden: true } });
    expect(hiddenAnswer?.target).toEqual({
      label: "Answer on “Tingling in both hands”",
      href: `/questions/${questionId}#m_${answerId}`,
    });
    expect(verified).toMatchObject({
      actor: { name: "Adrian Moss", role: "ADMIN" },
      targetType: "DoctorProfile",
      target: { label: `Tomas Berg (${doctor.email})`, href: null },
      before: { verification: "PENDING" },
      after: { verification: "VERIFIED" },
    });
    expect(log.actions).toEqual(["content.hide", "doctor.verify", "question.close", "user.warn"]);
    expect(log.targetTypes).toEqual(["DoctorProfile", "Question", "ThreadMessage", "User"]);
  });

  it("narrows by action", async () => {
    expect(actionsOf(await listAuditLog({ actor: admin.actor, filter: { action: "content.hide" } }))).toEqual([
      "content.hide",
      "content.hide",
    ]);
    const verified = await listAuditLog({ actor: admin.actor, filter: { action: "doctor.verify" } });
    expect(verified.items.map((item) => item.targetId)).toEqual([doctor.id]);
    // The choices stay the whole log's, so another action can be picked without clearing the filter first.
    expect(verified.actions).toHaveLength(4);
    expect((await listAuditLog({ actor: admin.actor, filter: { action: "content" } })).total).toBe(0);
  });

  it("narrows by actor, by any part of their e-mail or name in any case", async () => {
    const byName = await listAuditLog({ actor: admin.actor, filter: { who: "mona" } });
    expect(actionsOf(byName)).toEqual(["question.close", "user.warn", "content.hide"]);
    const byEmail = await listAuditLog({ actor: admin.actor, filter: { who: admin.email.slice(2, 10).toUpperCase() } });
    expect(actionsOf(byEmail)).toEqual(["doctor.verify"]);
    expect((await listAuditLog({ actor: admin.actor, filter: { who: "nobody at all" } })).total).toBe(0);
  });

  it("narrows by target type, and by type and id to one object's history", async () => {
    const questions = await listAuditLog({ actor: admin.actor, filter: { targetType: "Question" } });
    expect(actionsOf(questions)).toEqual(["question.close", "content.hide"]);
    const oneMessage = await listAuditLog({
      actor: admin.actor,
      filter: { targetType: "ThreadMessage", targetId: answerId },
    });
    expect(oneMessage.items.map((item) => item.reason)).toEqual(["Advertises a clinic"]);
    const wrongType = await listAuditLog({ actor: admin.actor, filter: { targetType: "User", targetId: answerId } });
    expect(wrongType.total).toBe(0);
  });

  it("narrows by days, both ends included (UTC)", async () => {
    const secondDay = await listAuditLog({ actor: admin.actor, filter: { from: "2026-03-02", to: "2026-03-02" } });
    expect(secondDay.items.map((item) => item.createdAt)).toEqual([at(2, 23), at(2, 9)]);
    const fromThird = await listAuditLog({ actor: admin.actor, filter: { from: "2026-03-03" } });
    expect(actionsOf(fromThird)).toEqual(["question.close", "user.warn"]);
    const untilFirst = await listAuditLog({ actor: admin.actor, filter: { to: "2026-03-01" } });
    expect(actionsOf(untilFirst)).toEqual(["doctor.verify"]);
    const combined = await listAuditLog({
      actor: admin.actor,
      filter: { who: "Mona", action: "content.hide", from: "2026-03-01", to: "2026-03-03" },
    });
    expect(combined.items.map((item) => item.reason)).toEqual(["Advertises a clinic"]);
  });

  it("pages through the log without gaps or repeats", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listAuditLog({ actor: admin.actor, page, pageSize: 2 })));
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1]);
    expect(pages.every((page) => page.total === 5 && page.pageCount === 3)).toBe(true);
    const all = (await listAuditLog({ actor: admin.actor })).items.map((item) => item.id);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(all);
    expect((await listAuditLog({ actor: admin.actor, page: 4, pageSize: 2 })).items).toEqual([]);
  });

  // Last: it adds entries the tests above do not expect.
  it("names files and links them to their place in the question", async () => {
    const onQuestion = await createUpload(patient.id);
    const onAnswer = await createUpload(patient.id);
    await db().attachment.update({ where: { id: onQuestion }, data: { questionId } });
    await db().attachment.update({ where: { id: onAnswer }, data: { messageId: answerId } });
    await db().$transaction(async (tx) => {
      for (const targetId of [onQuestion, onAnswer]) {
        await recordAudit(tx, {
          actorId: moderator.id,
          action: "attachment.hide",
          targetType: "Attachment",
          targetId,
          at: new Date(Date.UTC(2020, 0, 1)),
        });
      }
    });
    const files = await listAuditLog({ actor: admin.actor, filter: { targetType: "Attachment" } });
    const byId = new Map(files.items.map((item) => [item.targetId, item.target]));
    expect(byId.get(onQuestion)?.href).toBe(`/questions/${questionId}`);
    expect(byId.get(onAnswer)?.href).toBe(`/questions/${questionId}#m_${answerId}`);
    expect(byId.get(onAnswer)?.label).toMatch(/^File “scan-.*\.png”$/);
  });

  it("refuses everyone but administrators", async () => {
    for (const actor of [moderator.actor, doctor.actor, patient.actor, null]) {
      const error = await failureOf(listAuditLog({ actor }));
      expect(error.code).toBe("FORBIDDEN");
    }
  });
});
