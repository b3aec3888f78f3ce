-- CreateTable
CREATE TABLE "QuestionEmbedding" (
    "questionId" INTEGER NOT NULL,
    "model" VARCHAR(40) NOT NULL,
    "vector" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionEmbedding_pkey" PRIMARY KEY ("questionId")
);

-- CreateTable
CREATE TABLE "RelatedQuestion" (
    "questionId" INTEGER NOT NULL,
    "relatedId" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RelatedQuestion_pkey" PRIMARY KEY ("questionId","relatedId")
);

-- CreateIndex
CREATE INDEX "RelatedQuestion_questionId_score_idx" ON "RelatedQuestion"("questionId", "score" DESC);

-- CreateIndex
CREATE INDEX "RelatedQuestion_relatedId_idx" ON "RelatedQuestion"("relatedId");

-- AddForeignKey
ALTER TABLE "QuestionEmbedding" ADD CONSTRAINT "QuestionEmbedding_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelatedQuestion" ADD CONSTRAINT "RelatedQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelatedQuestion" ADD CONSTRAINT "RelatedQuestion_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: full-text and trigram indexes for related questions and search (lib/search/). Each index is
-- partial on visible rows, and every query repeats the same expression and predicate, or the planner cannot use it.
-- pg_trgm was created by the first migration.

-- Questions: title weighs more than body (lib/search/search-sql.ts, QUESTION_DOCUMENT).
CREATE INDEX "Question_search_document_idx" ON "Question" USING GIN (
  (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "body"), 'B'))
) WHERE "hiddenAt" IS NULL AND "deletedAt" IS NULL;

-- Doctors' answers and replies, so a question is found by the words its doctors used.
CREATE INDEX "ThreadMessage_search_document_idx" ON "ThreadMessage" USING GIN (
  (to_tsvector('english'::regconfig, "body"))
) WHERE "hiddenAt" IS NULL AND "deletedAt" IS NULL;

-- Misspelt words ("polysystic"): trigram similarity against titles, for suggestions and "did you mean".
CREATE INDEX "Question_title_trgm_idx" ON "Question" USING GIN ("title" gin_trgm_ops)
  WHERE "hiddenAt" IS NULL AND "deletedAt" IS NULL;
