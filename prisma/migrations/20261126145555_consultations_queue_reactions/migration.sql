-- CreateEnum
CREATE TYPE "ReactionKind" AS ENUM ('THANKS', 'AGREE');

-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'CONSULTATION_MESSAGE';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastDigestAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "redFlags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "digestedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "paidAt" TIMESTAMP(3),
ADD COLUMN     "refundedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ConsultationMessage" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "checkoutUrl" VARCHAR(1000),
ADD COLUMN     "refundExternalId" VARCHAR(255);

-- CreateTable
CREATE TABLE "AnsweringLock" (
    "questionId" INTEGER NOT NULL,
    "doctorId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnsweringLock_pkey" PRIMARY KEY ("questionId","doctorId")
);

-- CreateTable
CREATE TABLE "MessageReaction" (
    "messageId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ReactionKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageReaction_pkey" PRIMARY KEY ("messageId","userId","kind")
);

-- CreateIndex
CREATE INDEX "AnsweringLock_questionId_expiresAt_idx" ON "AnsweringLock"("questionId", "expiresAt");

-- CreateIndex
CREATE INDEX "MessageReaction_userId_idx" ON "MessageReaction"("userId");

-- CreateIndex
CREATE INDEX "Question_specialtyId_status_urgent_createdAt_idx" ON "Question"("specialtyId", "status", "urgent", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationMessage_seq_key" ON "ConsultationMessage"("seq");

-- AddForeignKey
ALTER TABLE "AnsweringLock" ADD CONSTRAINT "AnsweringLock_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnsweringLock" ADD CONSTRAINT "AnsweringLock_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageReaction" ADD CONSTRAINT "MessageReaction_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "ThreadMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageReaction" ADD CONSTRAINT "MessageReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (see the init migration's note on CHECK constraints and partial indexes).
-- A consultation is paid at most once: a second confirmed payment for it is refused by the database itself.
CREATE UNIQUE INDEX "Payment_one_confirmed_per_consultation" ON "Payment"("consultationId") WHERE "state" IN ('SUCCEEDED', 'REFUNDED');
