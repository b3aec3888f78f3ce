// Rating an article: one row per reader, changeable, averaged by Postgres; never by its author, nor while suspended.
import { beforeAll, describe, expect, it } from "vitest";
import { OWN_ARTICLE, rateArticle } from "../../lib/articles/rate-article";
import { db } from "../../lib/db";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("article_rating");

let irina: Person;
let mark: Person;
let lena: Person;

async function createArticle(extra: { hiddenAt?: Date; publishedAt?: Date | null } = {}): Promise<number> {
  const article = await db().article.create({
    data: {
      slug: `article-${Math.random().toString(36).slice(2, 10)}`,
      authorId: irina.id,
      specialtyId: (await db().doctorSpecialty.findFirstOrThrow({ where: { doctorId: irina.id } })).specialtyId,
      title: "Lower back pain radiating to the leg",
      body: "Most episodes of sciatica improve within six to twelve weeks.",
      publishedAt: extra.publishedAt === undefined ? new Date() : extra.publishedAt,
      hiddenAt: extra.hiddenAt ?? null,
    },
    select: { id: true },
  });
  return article.id;
}

const ratingsOf = (articleId: number) =>
  db().articleRating.findMany({
    where: { articleId },
    select: { userId: true, stars: true },
    orderBy: { stars: "asc" },
  });

beforeAll(async () => {
  const neurology = await createSpecialty("Neurologist");
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [neurology.id] });
  mark = await createPerson({ name: "Mark Tanner" });
  lena = await createPerson({ name: "Lena Park" });
});

describe("rateArticle", () => {
  it("keeps one rating per reader and lets them change it", async () => {
    const articleId = await createArticle();
    const first = await rateArticle({ actor: mark.actor, articleId, stars: 4 });
    expect(first).toEqual({ stars: 4, summary: { count: 1, average: 4 } });

    const changed = await rateArticle({ actor: mark.actor, articleId: String(articleId), stars: "2" });
    expect(changed.summary).toEqual({ count: 1, average: 2 });
    expect(await ratingsOf(articleId)).toEqual([{ userId: mark.id, stars: 2 }]);
  });

  it("averages two readers' ratings", async () => {
    const articleId = await createArticle();
    await rateArticle({ actor: mark.actor, articleId, stars: 5 });
    const { summary } = await rateArticle({ actor: lena.actor, articleId, stars: 4 });
    expect(summary).toEqual({ count: 2, average: 4.5 });
    expect(await ratingsOf(articleId)).toEqual([
      { userId: lena.id, stars: 4 },
      { userId: mark.id, stars: 5 },
    ]);
  });

  it("refuses stars outside 1–5 and writes nothing", async () => {
    const articleId = await createArticle();
    for (const stars of [0, 6, 2.5, -1, "", "five", null]) {
      const error = await failureOf(rateArticle({ actor: mark.actor, articleId, stars }));
      expect(error.code).toBe("INVALID");
      expect(error.fieldErrors.stars?.[0]).toBe("Choose from 1 to 5 stars.");
    }
    expect(await ratingsOf(articleId)).toEqual([]);
  });

  it("refuses the author, a suspended reader and a visitor, and writes nothing", async () => {
    const articleId = await createArticle();
    const own = await failureOf(rateArticle({ actor: irina.actor, articleId, stars: 5 }));
    expect(own.code).toBe("FORBIDDEN");
    expect(own.message).toBe(OWN_ARTICLE);

    const suspended = await createPerson({ name: "Sam Hale", suspended: true });
    const suspendedError = await failureOf(rateArticle({ actor: suspended.actor, articleId, stars: 1 }));
    expect(suspendedError.code).toBe("FORBIDDEN");
    expect(suspendedError.message).toMatch(/suspended/);

    expect((await failureOf(rateArticle({ actor: null, articleId, stars: 3 }))).code).toBe("FORBIDDEN");
    expect(await ratingsOf(articleId)).toEqual([]);
  });

  it("answers a hidden, unpublished or missing article as not found", async () => {
    const hidden = await createArticle({ hiddenAt: new Date() });
    const draft = await createArticle({ publishedAt: null });
    for (const articleId of [hidden, draft, 2_000_000_000]) {
      expect((await failureOf(rateArticle({ actor: mark.actor, articleId, stars: 3 }))).code).toBe("NOT_FOUND");
    }
    expect(await db().articleRating.count({ where: { articleId: { in: [hidden, draft] } } })).toBe(0);
  });
});
