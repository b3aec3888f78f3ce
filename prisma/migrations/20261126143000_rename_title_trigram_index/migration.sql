-- Hand-written: the trigram index on Question.title (20261126131650_related_questions_and_search) took the name that
-- tests/integration/schema-drift.test.ts uses for its own example of a hand-written index; give ours another name.
ALTER INDEX "Question_title_trgm_idx" RENAME TO "Question_title_trigram_idx";
