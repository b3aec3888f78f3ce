// Shared by the article form, the rating control and their use-cases.
import { z } from "zod";
import { ARTICLE_LIMITS } from "./article-limits";
import type { FormValues } from "./form-state";
import { MAX_INT4 } from "./row-id";

export const ZWriteArticle = z.object({
  title: z
    .string({ error: "Give the article a title." })
    .trim()
    .min(ARTICLE_LIMITS.titleMin, `Give the article a title of at least ${ARTICLE_LIMITS.titleMin} characters.`)
    .max(ARTICLE_LIMITS.titleMax, `Keep the title under ${ARTICLE_LIMITS.titleMax} characters.`),
  summary: z
    .string()
    .trim()
    .max(ARTICLE_LIMITS.summaryMax, `Keep the summary under ${ARTICLE_LIMITS.summaryMax} characters.`)
    .optional()
    .transform((value) => (value ? value : undefined)),
  specialtyId: z.coerce
    .number({ error: "Choose the specialty the article belongs to." })
    .int("Choose the specialty the article belongs to.")
    .positive("Choose the specialty the article belongs to."),
  body: z
    .string({ error: "Write the article." })
    .trim()
    .min(ARTICLE_LIMITS.bodyMin, `Write at least ${ARTICLE_LIMITS.bodyMin} characters: a few paragraphs.`)
    .max(
      ARTICLE_LIMITS.bodyMax,
      `Keep the article under ${ARTICLE_LIMITS.bodyMax.toLocaleString("en-US")} characters.`,
    ),
});
export type TWriteArticle = z.infer<typeof ZWriteArticle>;

export const ZRateArticle = z.object({
  articleId: z.coerce.number().int().positive().max(MAX_INT4),
  stars: z.coerce
    .number({ error: "Choose from 1 to 5 stars." })
    .int("Choose from 1 to 5 stars.")
    .min(1, "Choose from 1 to 5 stars.")
    .max(5, "Choose from 1 to 5 stars."),
});
export type TRateArticle = z.infer<typeof ZRateArticle>;

export const ZArticleListFilter = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  specialty: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
});
export type TArticleListFilter = z.infer<typeof ZArticleListFilter>;

/** The article form's fields as sent. */
export type ArticleValues = FormValues<typeof ZWriteArticle>;
