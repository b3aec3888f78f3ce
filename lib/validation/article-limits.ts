// Article lengths, shared by the article form and lib/validation/article.ts. Plain data without zod: client
// components import it, and importing a schema file would bring zod (about 30 KB gzip) into the page's first load.

export const ARTICLE_LIMITS = {
  titleMin: 10,
  titleMax: 200,
  summaryMax: 400,
  bodyMin: 200,
  bodyMax: 60_000,
  slugMax: 160,
} as const;
