// "Questions on the topic" under an article: the ask page's word-based suggestions (titles, bodies, medical
// synonyms), asked with the article's title and summary as if a patient had typed them.
import type { Viewer } from "../auth/permissions";
import type { SimilarQuestionItem } from "../search/similar-question-item";
import { suggestSimilarQuestions } from "../search/suggest-similar-questions";

export type ListArticleRelatedQuestionsOptions = {
  viewer: Viewer;
  article: { title: string; summary: string | null };
  /** 1…20; the page shows 5. */
  limit?: number;
};

/** Up to `limit` visible questions about what the article is about, best first. */
export async function listArticleRelatedQuestions({
  viewer,
  article,
  limit = 5,
}: ListArticleRelatedQuestionsOptions): Promise<SimilarQuestionItem[]> {
  return suggestSimilarQuestions({ viewer, title: article.title, body: article.summary ?? undefined, limit });
}
