-- AlterTable
ALTER TABLE "ThreadMessage" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "ThreadMessage_seq_key" ON "ThreadMessage"("seq");

-- CreateIndex
CREATE INDEX "ThreadMessage_questionId_seq_idx" ON "ThreadMessage"("questionId", "seq");
