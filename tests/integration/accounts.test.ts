import { beforeAll, describe, expect, it } from "vitest";
import { authenticateUser, WRONG_CREDENTIALS } from "../../lib/accounts/authenticate-user";
import { registerUser } from "../../lib/accounts/register-user";
import { loadActor } from "../../lib/auth/load-actor";
import { db } from "../../lib/db";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";

setupTestDatabase("accounts");

const strongPassword = "correct horse battery";

let neurologyId: number;
let psychiatryId: number;

beforeAll(async () => {
  neurologyId = (
    await db().specialty.create({ data: { slug: "neurologist", name: "Neurologist", field: "Neurology" } })
  ).id;
  psychiatryId = (
    await db().specialty.create({ data: { slug: "psychiatrist", name: "Psychiatrist", field: "Psychiatry" } })
  ).id;
});

describe("sign-up", () => {
  it("creates a patient with a hashed password, lower-cased e-mail, and no hash in ordinary reads", async () => {
    const user = await registerUser({
      accountType: "patient",
      name: "Lena",
      email: "  Lena@Example.TEST ",
      password: strongPassword,
    });
    expect(user.role).toBe("PATIENT");

    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.email).toBe("lena@example.test");
    expect("passwordHash" in stored).toBe(false);
    const withHash = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(withHash.passwordHash).toMatch(/^\$argon2id\$/);
    expect(withHash.passwordHash).not.toContain(strongPassword);
  });

  it("creates a doctor who waits for verification, with their specialties and credentials", async () => {
    const user = await registerUser({
      accountType: "doctor",
      name: "Dr. Ilse Brandt",
      email: "ilse@example.test",
      password: strongPassword,
      specialtyIds: [String(neurologyId), String(psychiatryId)],
      university: "University of Leipzig",
      degree: "neurology",
      yearsOfExperience: "12",
      licenseNumber: "DE-123456",
    });
    const profile = await db().doctorProfile.findUniqueOrThrow({
      where: { userId: user.id },
      include: { specialties: { orderBy: { specialtyId: "asc" } } },
    });
    expect(profile.verification).toBe("PENDING");
    expect(profile.yearsOfExperience).toBe(12);
    expect(profile.specialties.map((s) => [s.specialtyId, s.isPrimary])).toEqual([
      [neurologyId, true],
      [psychiatryId, false],
    ]);
    const actor = await loadActor(user.id);
    expect(actor).toMatchObject({ role: "DOCTOR", doctorVerified: false });
  });

  it("refuses a taken e-mail (in any case) with a message on the e-mail field and writes nothing", async () => {
    await registerUser({
      accountType: "patient",
      name: "First",
      email: "taken@example.test",
      password: strongPassword,
    });
    const before = await db().user.count();
    const error = await failureOf(
      registerUser({ accountType: "patient", name: "Second", email: "TAKEN@example.test", password: strongPassword }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors.email?.[0]).toMatch(/already exists/);
    expect(await db().user.count()).toBe(before);
  });

  it("lets exactly one of two simultaneous sign-ups with one e-mail win", async () => {
    const attempt = () =>
      registerUser({ accountType: "patient", name: "Racer", email: "race@example.test", password: strongPassword });
    const results = await Promise.allSettled([attempt(), attempt()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db().user.count({ where: { email: "race@example.test" } })).toBe(1);
  });

  it("explains every bad field at once and writes nothing", async () => {
    const before = await db().user.count();
    const error = await failureOf(
      registerUser({
        accountType: "doctor",
        name: "",
        email: "not-an-email",
        password: "short",
        specialtyIds: [],
        university: "",
        yearsOfExperience: "-3",
        licenseNumber: "",
      }),
    );
    expect(error.code).toBe("INVALID");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(
      ["email", "licenseNumber", "name", "password", "specialtyIds", "university", "yearsOfExperience"].sort(),
    );
    expect(await db().user.count()).toBe(before);
  });

  it("refuses a specialty that does not exist", async () => {
    const error = await failureOf(
      registerUser({
        accountType: "doctor",
        name: "Dr. Nobody",
        email: "nobody@example.test",
        password: strongPassword,
        specialtyIds: [999_999],
        university: "Somewhere University",
        yearsOfExperience: 3,
        licenseNumber: "X-0001",
      }),
    );
    expect(error.fieldErrors.specialtyIds).toBeDefined();
    expect(await db().user.count({ where: { email: "nobody@example.test" } })).toBe(0);
  });
});

describe("sign-in", () => {
  beforeAll(async () => {
    await registerUser({ accountType: "patient", name: "Omar", email: "omar@example.test", password: strongPassword });
  });

  it("signs in with the right password, in any e-mail case, and records the time", async () => {
    const user = await authenticateUser({ input: { email: "OMAR@example.test", password: strongPassword } });
    expect(user).toMatchObject({ email: "omar@example.test", role: "PATIENT" });
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastSignInAt).not.toBeNull();
  });

  it("gives the same message for a wrong password and for an unknown e-mail, and records both failures", async () => {
    const wrongPassword = await failureOf(
      authenticateUser({ input: { email: "omar@example.test", password: "nope-nope-nope" } }),
    );
    const unknown = await failureOf(
      authenticateUser({ input: { email: "ghost@example.test", password: "nope-nope-nope" } }),
    );
    expect(wrongPassword.message).toBe(WRONG_CREDENTIALS);
    expect(unknown.message).toBe(WRONG_CREDENTIALS);
    expect(
      await db().signInFailure.count({ where: { email: { in: ["omar@example.test", "ghost@example.test"] } } }),
    ).toBe(2);
  });

  it("slows repeated failures down, then lets the right password through once the wait is over", async () => {
    const email = "slow@example.test";
    await registerUser({ accountType: "patient", name: "Slow", email, password: strongPassword });
    const t0 = new Date("2026-11-26T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      const error = await failureOf(
        authenticateUser({ input: { email, password: "wrong-password" }, now: new Date(t0.getTime() + i * 100) }),
      );
      expect(error.code).toBe("INVALID");
    }
    // Sixth attempt right after the fifth failure: refused without checking the password, even a correct one.
    const throttled = await failureOf(
      authenticateUser({ input: { email, password: strongPassword }, now: new Date(t0.getTime() + 500) }),
    );
    expect(throttled.code).toBe("RATE_LIMITED");
    expect(throttled.message).toMatch(/wait \d+ second/);
    expect(await db().signInFailure.count({ where: { email } })).toBe(5);

    const user = await authenticateUser({
      input: { email, password: strongPassword },
      now: new Date(t0.getTime() + 2_000),
    });
    expect(user.email).toBe(email);
    expect(await db().signInFailure.count({ where: { email } })).toBe(0);
  });

  it("explains empty fields without touching the database", async () => {
    const before = await db().signInFailure.count();
    const error = await failureOf(authenticateUser({ input: { email: "", password: "" } }));
    expect(error.code).toBe("INVALID");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["email", "password"]);
    expect(await db().signInFailure.count()).toBe(before);
  });
});
