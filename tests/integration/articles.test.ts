// Writing and reading articles: verified doctors only, under their own specialty, at a unique address made from the
// title; hidden articles only for staff; the list shows the newest first.
import { beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "../../lib/articles/get-article";
import { listArticles } from "../../lib/articles/list-articles";
import { updateArticle } from "../../lib/articles/update-article";
import { NOT_YOUR_SPECIALTY, writeArticle } from "../../lib/articles/write-article";
import { db } from "../../lib/db";
import { createStaff } from "../support/complaint-fixtures";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("articles");

let neurologyId: number;
let cardiologyId: number;
let irina: Person;
let mark: Person;

const body = [
  "Pain that starts in the lower back and runs down one leg usually comes from an irritated nerve root.",
  "",
  "## When to see a doctor",
  "",
  "- numbness in the groin;",
  "- weakness of a foot that gets worse;",
  "- fever with back pain.",
  "",
  "1. Rest briefly, then keep walking.",
  "2. Ask a neurologist if it lasts more than six weeks.",
].join("\n");

const input = (extra: Record<string, unknown> = {}) => ({
  title: "Sciatica: what helps in the first weeks",
  summary: "What to do and what to avoid while sciatica settles.",
  specialtyId: String(neurologyId),
  body,
  ...extra,
});

beforeAll(async () => {
  neurologyId = (await createSpecialty("Neurologist")).id;
  cardiologyId = (await createSpecialty("Cardiologist")).id;
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [neurologyId] });
  mark = await createPerson({ name: "Mark Tanner" });
});

describe("writeArticle", () => {
  it("publishes a verified doctor's article at once, at an address from its title, and audits it", async () => {
    const now = new Date(Date.UTC(2026, 10, 26, 10, 0));
    const { articleId, slug } = await writeArticle({
      actor: irina.actor,
      input: input({ title: "  Sciatica: what helps in the first weeks " }),
      now,
    });

    expect(slug).toBe("sciatica-what-helps-in-the-first-weeks");
    const row = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    expect(row).toMatchObject({
      slug,
      authorId: irina.id,
      specialtyId: neurologyId,
      title: "Sciatica: what helps in the first weeks",
      summary: "What to do and what to avoid while sciatica settles.",
      body,
      publishedAt: now,
      hiddenAt: null,
    });
    const audit = await db().auditLog.findMany({ where: { targetType: "Article", targetId: String(articleId) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: irina.id, action: "article.publish" });
  });

  it("gives a repeated title the next free suffix, and transliterates other alphabets", async () => {
    const title = "Headache after screens: a short guide";
    const first = await writeArticle({ actor: irina.actor, input: input({ title }) });
    const second = await writeArticle({ actor: irina.actor, input: input({ title }) });
    const third = await writeArticle({ actor: irina.actor, input: input({ title: `${title}!` }) });
    expect([first.slug, second.slug, third.slug]).toEqual([
      "headache-after-screens-a-short-guide",
      "headache-after-screens-a-short-guide-2",
      "headache-after-screens-a-short-guide-3",
    ]);
    expect(await db().article.count({ where: { slug: { startsWith: "headache-after-screens" } } })).toBe(3);

    const russian = await writeArticle({ actor: irina.actor, input: input({ title: "Боль в спине: что делать?" }) });
    expect(russian.slug).toBe("bol-v-spine-chto-delat");
    const accents = await writeArticle({ actor: irina.actor, input: input({ title: "Ménière's disease, außen" }) });
    expect(accents.slug).toBe("meniere-s-disease-aussen");
  });

  it("refuses patients, unverified and suspended doctors, staff and visitors, and writes nothing", async () => {
    const pending = await createDoctor({ specialtyIds: [neurologyId], verified: false });
    const suspended = await createDoctor({ specialtyIds: [neurologyId], suspended: true });
    const moderator = await createStaff({ name: "Nora Quist", role: "MODERATOR" });
    const title = "Refused article about migraine triggers";
    for (const actor of [mark.actor, pending.actor, suspended.actor, moderator.actor, null]) {
      const error = await failureOf(writeArticle({ actor, input: input({ title }) }));
      expect(error.code).toBe("FORBIDDEN");
    }
    const pendingError = await failureOf(writeArticle({ actor: pending.actor, input: input({ title }) }));
    expect(pendingError.message).toMatch(/verified/);
    expect(await db().article.count({ where: { title } })).toBe(0);
  });

  it("answers bad input with a message for each field, and writes nothing", async () => {
    const before = await db().article.count();
    const error = await failureOf(
      writeArticle({
        actor: irina.actor,
        input: { title: "Short", summary: "x".repeat(401), specialtyId: "", body: "Too short." },
      }),
    );
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors.title?.[0]).toMatch(/at least 10 characters/);
    expect(error.fieldErrors.summary?.[0]).toMatch(/under 400 characters/);
    expect(error.fieldErrors.specialtyId?.[0]).toMatch(/Choose the specialty/);
    expect(error.fieldErrors.body?.[0]).toMatch(/at least 200 characters/);

    const foreign = await failureOf(
      writeArticle({ actor: irina.actor, input: input({ specialtyId: String(cardiologyId) }) }),
    );
    expect(foreign.code).toBe("INVALID");
    expect(foreign.fieldErrors.specialtyId).toEqual([NOT_YOUR_SPECIALTY]);
    expect(await db().article.count()).toBe(before);
  });
});

describe("updateArticle", () => {
  it("lets the author correct the article at the same address, audited; refuses everyone else", async () => {
    const { articleId, slug } = await writeArticle({
      actor: irina.actor,
      input: input({ title: "Numb fingers at night: carpal tunnel" }),
    });
    const edited = await updateArticle({
      actor: irina.actor,
      articleId,
      input: input({ title: "Numb fingers at night: is it carpal tunnel?", summary: "" }),
    });
    expect(edited.slug).toBe(slug);
    const row = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    expect(row).toMatchObject({ slug, title: "Numb fingers at night: is it carpal tunnel?", summary: null });
    const audit = await db().auditLog.findMany({ where: { action: "article.edit", targetId: String(articleId) } });
    expect(audit).toHaveLength(1);

    const otherDoctor = await createDoctor({ name: "Tomas Berg", specialtyIds: [neurologyId] });
    for (const actor of [otherDoctor.actor, mark.actor]) {
      const error = await failureOf(
        updateArticle({ actor, articleId, input: input({ title: "Taken over by someone" }) }),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
    const invalid = await failureOf(updateArticle({ actor: irina.actor, articleId, input: input({ body: "short" }) }));
    expect(invalid.fieldErrors.body?.[0]).toMatch(/at least 200/);
    expect((await db().article.findUniqueOrThrow({ where: { id: articleId } })).title).toBe(
      "Numb fingers at night: is it carpal tunnel?",
    );
  });
});

describe("getArticle and listArticles", () => {
  it("shows the byline and hides a hidden article from everyone but staff", async () => {
    const { slug, articleId } = await writeArticle({
      actor: irina.actor,
      input: input({ title: "Restless legs at night: causes and relief" }),
    });
    const view = await getArticle({ viewer: null, slug });
    expect(view.author).toMatchObject({
      id: irina.id,
      name: "Irina Maslova",
      specialties: ["Neurologist"],
      university: "Riga Stradins University",
      yearsOfExperience: 12,
      verified: true,
    });
    expect(view.rating).toEqual({ count: 0, average: null });

    await db().article.update({ where: { id: articleId }, data: { hiddenAt: new Date() } });
    const admin = await createStaff({ name: "Ada Root", role: "ADMIN" });
    for (const viewer of [null, mark.actor, irina.actor]) {
      expect((await failureOf(getArticle({ viewer, slug }))).code).toBe("NOT_FOUND");
    }
    expect((await getArticle({ viewer: admin.actor, slug })).hidden).toBe(true);
    expect((await failureOf(getArticle({ viewer: null, slug: "../etc" }))).code).toBe("NOT_FOUND");

    const list = await listArticles({ viewer: null, pageSize: 50 });
    expect(list.items.map((item) => item.slug)).not.toContain(slug);
  });

  it("lists the newest first, by specialty, a page at a time", async () => {
    const cardiologist = await createDoctor({ name: "Tomas Berg", specialtyIds: [cardiologyId] });
    // A specialty of its own and fixed dates: the articles other tests wrote at the clock's time are not in this list.
    const dermatology = await createSpecialty("Dermatologist");
    const dermatologist = await createDoctor({ name: "Lena Holm", specialtyIds: [dermatology.id] });
    const inDermatology = (title: string) => input({ title, specialtyId: String(dermatology.id) });
    const older = await writeArticle({
      actor: dermatologist.actor,
      input: inDermatology("Older article about eczema"),
      now: new Date(Date.UTC(2020, 0, 1)),
    });
    const newer = await writeArticle({
      actor: dermatologist.actor,
      input: inDermatology("Newest article about hives"),
      now: new Date(Date.UTC(2020, 0, 3)),
    });
    const heart = await writeArticle({
      actor: cardiologist.actor,
      input: input({ title: "Palpitations: when to worry", specialtyId: String(cardiologyId) }),
      now: new Date(Date.UTC(2020, 0, 2)),
    });

    const list = await listArticles({ viewer: null, specialtySlug: dermatology.slug, pageSize: 50 });
    expect(list.items.map((item) => item.slug)).toEqual([newer.slug, older.slug]);
    expect(list.items.map((item) => item.slug)).not.toContain(heart.slug);
    expect(list.specialty?.name).toBe("Dermatologist");

    const firstPage = await listArticles({ viewer: null, pageSize: 2 });
    const secondPage = await listArticles({ viewer: null, pageSize: 2, page: 2 });
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.pageCount).toBe(Math.ceil(firstPage.total / 2));
    expect(secondPage.items[0]?.slug).not.toBe(firstPage.items[0]?.slug);
    expect((await failureOf(listArticles({ viewer: null, specialtySlug: "no-such" }))).code).toBe("NOT_FOUND");
  });
});
