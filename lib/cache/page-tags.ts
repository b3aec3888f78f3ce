// The names of what a cached page shows. Pages declare them (cacheThisPage); the use-cases that change those things
// invalidate them after their commit (invalidatePages). One place, so both sides spell them alike.

export const pageTags = {
  /** The question page, and every page listing it (home, similar questions, a doctor's answers). */
  question: (questionId: number) => `question:${questionId}`,
  /** Everything showing a doctor's name, photo, credentials or ratings: profile, answers, article bylines. */
  doctor: (userId: string) => `doctor:${userId}`,
  article: (articleId: number) => `article:${articleId}`,
  /** Question lists: a new question, or one leaving the list, changes them. */
  home: "home",
  articleList: "articles",
  /** Pages whose content changes only with a deploy (sign-in, sign-up). */
  static: "static",
} as const;
