import { recordAudit } from "../audit/record-audit";
import { can, type Viewer } from "../auth/permissions";
import { writeRefusal } from "../auth/write-refusal";
import { invalidatePagesAfter } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { DomainError } from "../errors";
import { ZWriteArticle } from "../validation/article";
import { CORRECT_FIELDS, parseInput } from "../validation/parse-input";
import { isRowId } from "../validation/row-id";
import { NOT_YOUR_SPECIALTY } from "./write-article";

export type UpdateArticleOptions = {
  actor: Viewer;
  articleId: number;
  /** The form's values; parsed here with ZWriteArticle. */
  input: unknown;
  now?: Date;
};

const NOT_FOUND = "This article does not exist.";

/**
 * The author corrects their article: title, summary, specialty and body. The address stays as it was, so links
 * already shared keep working; ratings stay too. Only the author may, and only while they may write articles.
 */
export async function updateArticle({
  actor,
  articleId,
  input,
  now = new Date(),
}: UpdateArticleOptions): Promise<{ slug: string }> {
  const refusal = writeRefusal(actor, "edit articles", now);
  if (refusal) throw refusal;
  if (!isRowId(articleId)) {
    throw new DomainError("NOT_FOUND", NOT_FOUND);
  }
  return invalidatePagesAfter(
    db().$transaction(async (tx) => {
      const article = await tx.article.findUnique({
        where: { id: articleId },
        select: { authorId: true, slug: true, title: true, specialtyId: true, publishedAt: true, hiddenAt: true },
      });
      if (
        !article ||
        !can(actor, "article.read", {
          authorId: article.authorId,
          published: article.publishedAt !== null,
          hidden: article.hiddenAt !== null,
        })
      ) {
        throw new DomainError("NOT_FOUND", NOT_FOUND);
      }
      if (!actor || article.authorId !== actor.id || !can(actor, "article.write", undefined, now)) {
        throw new DomainError("FORBIDDEN", "Only the article's author can edit it.");
      }
      // Checked after the refusals: a stranger's edit is NOT_FOUND or FORBIDDEN whatever it sent.
      const data = parseInput(ZWriteArticle, input);
      const ownSpecialty = await tx.doctorSpecialty.count({
        where: { doctorId: actor.id, specialtyId: data.specialtyId },
      });
      if (ownSpecialty === 0) {
        throw new DomainError("INVALID", CORRECT_FIELDS, {
          specialtyId: [NOT_YOUR_SPECIALTY],
        });
      }
      await tx.article.update({
        where: { id: articleId },
        data: {
          title: data.title,
          summary: data.summary ?? null,
          specialtyId: data.specialtyId,
          body: data.body,
          updatedAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.edit",
        targetType: "Article",
        targetId: articleId,
        before: { title: article.title, specialtyId: article.specialtyId },
        after: { title: data.title, specialtyId: data.specialtyId },
        at: now,
      });
      return { slug: article.slug };
    }),
    [pageTags.article(articleId), pageTags.articleList],
  );
}
