// An entry of either "similar questions" list: find-related-questions.ts (question page), suggest-similar-questions.ts.
import type { QuestionStatus } from "../generated/prisma/enums";

export type SimilarQuestionItem = {
  id: number;
  title: string;
  answerCount: number;
  createdAt: Date;
  shownName: string;
  shownCity: string | null;
  status: QuestionStatus;
  specialty: { name: string; slug: string };
  /** Higher is more similar; comparable within one list only. */
  score: number;
};

/** A row of either list's query: the specialty comes as two columns. */
export type SimilarQuestionRow = Omit<SimilarQuestionItem, "specialty"> & {
  specialtyName: string;
  specialtySlug: string;
};

export function similarQuestionItemOf(row: SimilarQuestionRow): SimilarQuestionItem {
  const { specialtyName, specialtySlug, ...item } = row;
  return { ...item, score: Number(item.score), specialty: { name: specialtyName, slug: specialtySlug } };
}
