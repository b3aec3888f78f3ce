-- CreateTable
CREATE TABLE "PendingThreadNotice" (
    "messageId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingThreadNotice_pkey" PRIMARY KEY ("messageId")
);

-- CreateIndex
CREATE INDEX "PendingThreadNotice_createdAt_idx" ON "PendingThreadNotice"("createdAt");

-- AddForeignKey
ALTER TABLE "PendingThreadNotice" ADD CONSTRAINT "PendingThreadNotice_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "ThreadMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
