// Question limits, shared by the ask/close forms and lib/validation/question.ts. Plain data without zod: client
// components import it, and importing a schema file would bring zod (about 30 KB gzip) into the page's first load.

export const QUESTION_LIMITS = {
  titleMin: 10,
  titleMax: 200,
  bodyMin: 20,
  bodyMax: 8000,
  shownNameMax: 60,
  shownCityMax: 60,
  attachmentsMax: 5,
  closeReasonMax: 500,
  redFlagsMax: 20,
} as const;
