import { z } from "zod";

/** The ask page's "already asked?" lookup: the title typed so far and the start of the body. */
export const ZSimilarQuery = z.object({
  title: z.string().trim().min(3).max(200),
  body: z
    .string()
    .trim()
    .max(1000)
    .nullish()
    .transform((value) => value || undefined),
});
export type TSimilarQuery = z.infer<typeof ZSimilarQuery>;

export const SEARCH_STATUSES = ["open", "closed", "answered", "unanswered"] as const;

/** The search page's query string; anything unexpected falls back rather than failing the page. */
export const ZSearchParams = z.object({
  q: z.string().trim().max(200).catch(""),
  specialty: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  status: z.enum(SEARCH_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type TSearchParams = z.infer<typeof ZSearchParams>;
