// Consultation limits and currencies, shared by the consultation forms and lib/validation/consultation.ts.
// Plain data without zod: client components import it, and importing a schema file would bring zod (about 30 KB
// gzip) into the page's first load.

export const CONSULTATION_LIMITS = {
  subjectMin: 10,
  subjectMax: 200,
  bodyMin: 20,
  bodyMax: 8000,
  messageMin: 2,
  messageMax: 8000,
  attachmentsMax: 5,
  ratingCommentMax: 1000,
  /** Prices in minor units (cents): 1.00 to 1,000.00. */
  priceMinorMin: 100,
  priceMinorMax: 100_000,
} as const;

/** Currencies a doctor may charge in; amounts are always integer minor units of one of them. */
export const CONSULTATION_CURRENCIES = ["EUR", "USD", "GBP"] as const;
