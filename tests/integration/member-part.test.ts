// A kept question page's per-member part over real HTTP, as server.ts answers it in front of Next: the reader's own
// state for a session, nulls for a visitor or a forged cookie, 404 for a question the reader may not read, never
// stored by a browser, and nothing but GET.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberPartQuestionId, serveMemberPart } from "../../lib/cache/serve-member-part";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("member_part");

let server: Server;
let base: string;
let asker: Person;
let doctor: Person;
let questionId: number;

const session = async (person: Person) =>
  `next-auth.session-token=${await encode({ token: { uid: person.id, role: person.actor.role }, secret: env().NEXTAUTH_SECRET })}`;

async function part(id: number | string, cookie?: string, method = "GET") {
  const response = await fetch(`${base}/api/questions/${id}/viewer`, {
    method,
    headers: cookie ? { cookie } : {},
  });
  return { status: response.status, cacheControl: response.headers.get("cache-control"), body: await response.json() };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const id = memberPartQuestionId(request);
    if (id === null) {
      response.statusCode = 418; // stands for Next
      response.end("{}");
      return;
    }
    void serveMemberPart(request, response, id);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const specialty = await createSpecialty("Neurologist");
  asker = await createPerson({ name: "Mark Tanner" });
  doctor = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialty.id] });
  questionId = await createQuestion({ authorId: asker.id, specialtyId: specialty.id });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("the member's part of a kept question page", () => {
  it("gives the asker and a doctor their own state and header, privately", async () => {
    const own = await part(questionId, await session(asker));
    expect(own).toMatchObject({
      status: 200,
      cacheControl: "private, no-store",
      body: {
        account: { name: "Mark Tanner", role: "PATIENT", unread: 0, pendingReports: null },
        thread: { viewerId: asker.id, participation: { isAsker: true, canClose: true, canAnswer: false } },
      },
    });
    const theirs = await part(questionId, await session(doctor));
    expect(theirs.body.thread).toMatchObject({ participation: { isAsker: false, canAnswer: true, canClose: false } });
  });

  it("answers nulls to a visitor and to a forged or expired cookie", async () => {
    expect(await part(questionId)).toMatchObject({ status: 200, body: { account: null, thread: null } });
    const forged = await part(questionId, "next-auth.session-token=not-a-token");
    expect(forged).toMatchObject({ status: 200, body: { account: null, thread: null } });
  });

  it("answers 404 for a question the reader may not read, and leaves other paths and methods alone", async () => {
    await db().question.update({ where: { id: questionId }, data: { hiddenAt: new Date(), hiddenReason: "Spam" } });
    try {
      expect(await part(questionId, await session(doctor))).toMatchObject({
        status: 404,
        body: { error: "This question does not exist." },
      });
      // Its author still reads it.
      expect((await part(questionId, await session(asker))).body.thread).toMatchObject({ personal: true });
    } finally {
      await db().question.update({ where: { id: questionId }, data: { hiddenAt: null, hiddenReason: null } });
    }
    expect((await part(999_999, await session(doctor))).status).toBe(404);
    expect((await part("abc", await session(doctor))).status).toBe(418);
    expect((await part(questionId, await session(asker), "POST")).status).toBe(405);
  });
});
