-- AlterTable
ALTER TABLE "DoctorProfile" ADD COLUMN     "photoKey" VARCHAR(200),
ADD COLUMN     "photoUpdatedAt" TIMESTAMP(3);
