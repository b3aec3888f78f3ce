import { recordAudit } from "../audit/record-audit";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePagesAfter } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { DomainError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { ZWriteArticle } from "../validation/article";
import { CORRECT_FIELDS, parseInput } from "../validation/parse-input";
import { firstFreeSlug, slugFromTitle } from "./article-slug";

export type WriteArticleOptions = {
  actor: Viewer;
  /** The form's values; parsed here with ZWriteArticle. */
  input: unknown;
  now?: Date;
};

export type WrittenArticle = { articleId: number; slug: string };

export const NOT_YOUR_SPECIALTY = "Choose one of your own specialties.";
/** Two doctors publishing the same title in the same instant: the loser takes the next free suffix. */
const SLUG_ATTEMPTS = 3;

/**
 * A verified doctor publishes an article at once, under one of their own specialties, at an address made from
 * its title ("-2", "-3"… when taken). The article and its audit entry commit together.
 */
export async function writeArticle({ actor, input, now = new Date() }: WriteArticleOptions): Promise<WrittenArticle> {
  const refusal = writeRefusal(actor, "write articles", now);
  if (refusal) throw refusal;
  if (!actor || !can(actor, "article.write", undefined, now)) {
    throw new DomainError(
      "FORBIDDEN",
      actor?.role === "DOCTOR"
        ? "You can write articles once an administrator has verified your doctor profile."
        : "Only verified doctors can write articles.",
    );
  }
  const data = parseInput(ZWriteArticle, input);
  const ownSpecialty = await db().doctorSpecialty.count({
    where: { doctorId: actor.id, specialtyId: data.specialtyId },
  });
  if (ownSpecialty === 0) {
    throw new DomainError("INVALID", CORRECT_FIELDS, { specialtyId: [NOT_YOUR_SPECIALTY] });
  }

  const base = slugFromTitle(data.title);
  for (let attempt = 1; ; attempt++) {
    try {
      return await invalidatePagesAfter(
        db().$transaction(async (tx) => {
          const taken = await tx.article.findMany({
            where: { slug: { startsWith: base } },
            select: { slug: true },
          });
          const slug = firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
          const article = await tx.article.create({
            data: {
              slug,
              authorId: actor.id,
              specialtyId: data.specialtyId,
              title: data.title,
              summary: data.summary ?? null,
              body: data.body,
              publishedAt: now,
              createdAt: now,
            },
            select: { id: true, slug: true },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "article.publish",
            targetType: "Article",
            targetId: article.id,
            after: { slug: article.slug, title: data.title, specialtyId: data.specialtyId },
            at: now,
          });
          return { articleId: article.id, slug: article.slug };
        }),
        (written) => [pageTags.article(written.articleId), pageTags.articleList, pageTags.doctor(actor.id)],
      );
    } catch (error) {
      const slugTaken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!slugTaken || attempt >= SLUG_ATTEMPTS) throw error;
    }
  }
}
