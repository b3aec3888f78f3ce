// The anonymous readers' page cache over real HTTP, and its invalidation through Postgres: a page is kept only when
// it said so and nothing made it personal, a session gets a kept page only when the page was kept for members too
// (and never fills the cache), and a write drops the pages it touches in this process at once and in other
// processes through NOTIFY.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { invalidatePages } from "../../lib/cache/invalidate-pages";
import { listenForPageInvalidations } from "../../lib/cache/listen-page-invalidations";
import { PageCache } from "../../lib/cache/page-cache";
import { registerPageCache } from "../../lib/cache/page-cache-registry";
import { cacheThisPage } from "../../lib/cache/page-cache-scope";
import { pageTags } from "../../lib/cache/page-tags";
import { withPageCache } from "../../lib/cache/serve-cached-page";
import { postAnswer } from "../../lib/messages/post-answer";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createQuestion,
  createSpecialty,
  relaxFloodLimits,
} from "../support/thread-fixtures";

relaxFloodLimits();
setupTestDatabase("page_cache");

/** Renders of each path, counted: a hit is a request the "app" never saw. */
const renders = new Map<string, number>();
let version = 1;

/** A stand-in for Next's handler: it streams a page in two writes and marks it cacheable as the real pages do. */
async function app(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? "/", "http://x").pathname;
  renders.set(path, (renders.get(path) ?? 0) + 1);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const signedIn = /next-auth\.session-token/.test(request.headers.cookie ?? "");
  if (path === "/missing") response.statusCode = 404;
  if (path === "/sets-cookie") response.setHeader("set-cookie", "visitor=1");
  if (path !== "/uncacheable" && !signedIn) cacheThisPage([pageTags.question(1)], { members: path === "/shared" });
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.write(`<p>${signedIn ? "Your reply form" : "Sign in to answer"}</p>`);
  response.end(`<p>version ${version}</p>`);
}

const cache = new PageCache({ maxBytes: 1024 * 1024, ttlMs: 60_000 });
let server: Server;
let base: string;

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return {
    status: response.status,
    cache: response.headers.get("x-consilium-cache"),
    setCookie: response.headers.get("set-cookie"),
    text: await response.text(),
  };
}

beforeAll(async () => {
  const handle = withPageCache(cache, app);
  server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  cache.clear();
  renders.clear();
  registerPageCache(undefined);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("serving kept pages", () => {
  it("renders an anonymous page once and serves the same bytes afterwards", async () => {
    const first = await get("/questions/1");
    const second = await get("/questions/1");
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    expect(second).toMatchObject({ status: 200, cache: "hit", text: first.text });
    expect(renders.get("/questions/1")).toBe(1);
  });

  it("never serves a kept page to a session, and never keeps a session's page", async () => {
    await get("/questions/1");
    const session = { cookie: "next-auth.session-token=abc" };
    const signedIn = await get("/questions/1", session);
    expect(signedIn.cache).toBeNull();
    expect(signedIn.text).toContain("Your reply form");
    expect((await get("/questions/1", session)).text).toContain("Your reply form");
    // Chunked and secure cookie names are sessions too.
    expect((await get("/questions/1", { cookie: "a=1; __Secure-next-auth.session-token.0=x" })).text).toContain(
      "Your reply form",
    );
    const anonymous = await get("/questions/1");
    expect(anonymous).toMatchObject({ cache: "hit" });
    expect(anonymous.text).toContain("Sign in to answer");
  });

  it("serves a page kept for members to a session too, with the hint its scripts read; a session never fills it", async () => {
    const session = { cookie: "next-auth.session-token=abc" };
    // Nothing kept yet: the member's page is rendered for them, and not kept.
    const first = await get("/shared", session);
    expect(first).toMatchObject({ cache: null, setCookie: null });
    expect(first.text).toContain("Your reply form");
    expect((await get("/shared")).cache).toBe("miss");

    const member = await get("/shared", session);
    expect(member).toMatchObject({ status: 200, cache: "hit" });
    expect(member.text).toContain("Sign in to answer");
    expect(member.setCookie).toMatch(/^consilium-member-view=1; Max-Age=60; Path=\/; SameSite=Lax$/);
    // Visitors get the same bytes without the hint.
    expect(await get("/shared")).toMatchObject({ cache: "hit", setCookie: null, text: member.text });
    expect(renders.get("/shared")).toBe(2);
  });

  it("leaves router requests, failures, cookies and pages that did not ask alone", async () => {
    await get("/questions/1", { rsc: "1" });
    await get("/questions/1", { rsc: "1" });
    expect(renders.get("/questions/1")).toBe(2);
    for (const path of ["/missing", "/sets-cookie", "/uncacheable"]) {
      await get(path);
      expect((await get(path)).cache).toBe("miss");
      expect(renders.get(path)).toBe(2);
    }
  });

  it("keys on the query string", async () => {
    await get("/questions/1?page=2");
    expect((await get("/questions/1")).cache).toBe("miss");
    expect((await get("/questions/1?page=2")).cache).toBe("hit");
  });
});

describe("invalidation", () => {
  it("drops the page in this process as soon as the use-case returns", async () => {
    registerPageCache(cache);
    const specialty = await createSpecialty("Neurologist");
    const patient = await createPerson();
    const doctor = await createDoctor({ specialtyIds: [specialty.id] });
    const questionId = await createQuestion({ authorId: patient.id, specialtyId: specialty.id });
    await get(`/questions/${questionId}`);
    // The stand-in tags every page question:1; keep one tagged with this question as the real page would.
    cache.store(
      "identity /real",
      { status: 200, headers: {}, body: Buffer.from("old"), tags: [pageTags.question(questionId)] },
      cache.beginRender(),
    );

    await postAnswer({ actor: doctor.actor, input: { questionId: String(questionId), body: "When did it start?" } });
    expect(cache.get("identity /real")).toBeUndefined();
  });

  it("reaches another process's cache through Postgres", async () => {
    // This cache is not registered: only the NOTIFY path can reach it, as in a second web process.
    const listener = listenForPageInvalidations(cache);
    try {
      await expect.poll(async () => (await get("/questions/1")).cache === "hit", { timeout: 5_000 }).toBe(true);
      version = 2;
      await invalidatePages([pageTags.question(1)]);
      await expect.poll(async () => (await get("/questions/1")).text, { timeout: 5_000 }).toContain("version 2");
      expect((await get("/questions/1")).cache).toBe("hit");
    } finally {
      await listener.stop();
    }
  });
});
