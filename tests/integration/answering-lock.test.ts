// "Dr. X is answering": the soft lock a doctor takes while writing, its expiry, renewal and release.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import { listAnsweringDoctors } from "../../lib/questions/list-answering-doctors";
import { startAnswering } from "../../lib/questions/start-answering";
import { stopAnswering } from "../../lib/questions/stop-answering";
import { sweepExpiredAnsweringLocks } from "../../lib/questions/sweep-expired-answering-locks";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("answering_lock");

let specialtyId: number;
let patient: Person;
let anna: Person;
let boris: Person;

const at = (iso: string) => new Date(iso);
const seconds = (s: number) => s * 1000;

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  patient = await createPerson({ name: "Lena Park" });
  anna = await createDoctor({ name: "Anna Petrova", specialtyIds: [specialtyId] });
  boris = await createDoctor({ name: "Boris Lind", specialtyIds: [specialtyId] });
});

const newQuestion = (extra?: Parameters<typeof createQuestion>[0]["extra"]) =>
  createQuestion({ authorId: patient.id, specialtyId, extra });

describe("answering locks", () => {
  it("lists a started lock until it expires; an expired one is ignored by readers and deleted by the sweep", async () => {
    const questionId = await newQuestion();
    const start = at("2026-03-01T10:00:00Z");
    const lock = await startAnswering({ actor: anna.actor, questionId, now: start });
    expect(lock.expiresAt.getTime() - start.getTime()).toBe(seconds(env().ANSWERING_LOCK_SECONDS));

    expect(await listAnsweringDoctors({ questionId, now: new Date(start.getTime() + seconds(10)) })).toEqual([
      { doctorId: anna.id, name: "Dr. Anna Petrova", expiresInSeconds: env().ANSWERING_LOCK_SECONDS - 10 },
    ]);
    const afterExpiry = new Date(start.getTime() + seconds(env().ANSWERING_LOCK_SECONDS + 1));
    expect(await listAnsweringDoctors({ questionId, now: afterExpiry })).toEqual([]);
    // Reading wrote nothing: the expired row is still there until the sweep runs.
    expect(await db().answeringLock.count({ where: { questionId } })).toBe(1);

    // The sweep takes only what expired: Boris, who started later elsewhere, still holds his lock.
    const other = await newQuestion();
    await startAnswering({ actor: boris.actor, questionId: other, now: afterExpiry });
    expect(await sweepExpiredAnsweringLocks({ now: afterExpiry })).toBeGreaterThanOrEqual(1);
    expect(await db().answeringLock.count({ where: { questionId } })).toBe(0);
    expect(await db().answeringLock.count({ where: { questionId: other } })).toBe(1);
  });

  it("a renewal while typing extends the lock", async () => {
    const questionId = await newQuestion();
    const start = at("2026-03-01T11:00:00Z");
    await startAnswering({ actor: anna.actor, questionId, now: start });
    await startAnswering({ actor: anna.actor, questionId, now: new Date(start.getTime() + seconds(30)) });
    // Past the first expiry, inside the renewed one.
    const later = new Date(start.getTime() + seconds(env().ANSWERING_LOCK_SECONDS + 10));
    expect((await listAnsweringDoctors({ questionId, now: later })).map((d) => d.doctorId)).toEqual([anna.id]);
    const row = await db().answeringLock.findUniqueOrThrow({
      where: { questionId_doctorId: { questionId, doctorId: anna.id } },
    });
    expect(row.startedAt).toEqual(start);
    expect(row.expiresAt.getTime()).toBe(start.getTime() + seconds(30 + env().ANSWERING_LOCK_SECONDS));
  });

  it("lists a second doctor separately, and stop removes only the stopping doctor's lock", async () => {
    const questionId = await newQuestion();
    const start = at("2026-03-01T12:00:00Z");
    await startAnswering({ actor: anna.actor, questionId, now: start });
    await startAnswering({ actor: boris.actor, questionId, now: new Date(start.getTime() + seconds(5)) });
    const soon = new Date(start.getTime() + seconds(6));
    expect((await listAnsweringDoctors({ questionId, now: soon })).map((d) => d.name)).toEqual([
      "Dr. Anna Petrova",
      "Dr. Boris Lind",
    ]);

    expect(await stopAnswering({ actor: anna.actor, questionId })).toBe(true);
    expect((await listAnsweringDoctors({ questionId, now: soon })).map((d) => d.name)).toEqual(["Dr. Boris Lind"]);
    expect(await stopAnswering({ actor: anna.actor, questionId })).toBe(false);
  });

  it("drops a doctor from the list once their answer is posted", async () => {
    const questionId = await newQuestion();
    const start = at("2026-03-01T13:00:00Z");
    await startAnswering({ actor: anna.actor, questionId, now: start });
    await db().threadMessage.create({ data: { questionId, kind: "ANSWER", authorId: anna.id, body: "See a doctor." } });
    expect(await listAnsweringDoctors({ questionId, now: start })).toEqual([]);
    const error = await failureOf(startAnswering({ actor: anna.actor, questionId, now: start }));
    expect(error.code).toBe("CONFLICT");
  });

  it("refuses a patient, an unverified doctor, a closed and a hidden question; nothing is written", async () => {
    const questionId = await newQuestion();
    const unverified = await createDoctor({ name: "Pending Doc", specialtyIds: [specialtyId], verified: false });
    expect((await failureOf(startAnswering({ actor: patient.actor, questionId }))).code).toBe("FORBIDDEN");
    expect((await failureOf(startAnswering({ actor: unverified.actor, questionId }))).code).toBe("FORBIDDEN");
    expect((await failureOf(startAnswering({ actor: null, questionId }))).code).toBe("FORBIDDEN");

    const closed = await newQuestion({ status: "CLOSED" });
    expect((await failureOf(startAnswering({ actor: anna.actor, questionId: closed }))).code).toBe("FORBIDDEN");
    const hidden = await newQuestion({ hiddenAt: new Date() });
    expect((await failureOf(startAnswering({ actor: anna.actor, questionId: hidden }))).code).toBe("NOT_FOUND");
    expect((await failureOf(startAnswering({ actor: anna.actor, questionId: 999_999 }))).code).toBe("NOT_FOUND");

    expect(await db().answeringLock.count({ where: { questionId: { in: [questionId, closed, hidden] } } })).toBe(0);
  });
});
