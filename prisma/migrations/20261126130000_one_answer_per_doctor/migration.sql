-- Hand-written: one answer per doctor per question. A doctor who wants to add something replies under
-- their own answer, so the thread keeps one answer per doctor. A deleted answer no longer counts, so a
-- doctor who withdrew an answer may answer again. Partial indexes are outside Prisma's schema; the
-- schema-drift check ignores them. lib/messages/post-answer.ts checks the same rule with a clear message;
-- this index decides when two requests race.
CREATE UNIQUE INDEX "ThreadMessage_one_answer_per_doctor_key" ON "ThreadMessage"("questionId", "authorId") WHERE "kind" = 'ANSWER' AND "deletedAt" IS NULL;
