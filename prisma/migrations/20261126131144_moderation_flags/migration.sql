-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isMedicalReviewer" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenReason" TEXT;
