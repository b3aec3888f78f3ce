-- AlterEnum
ALTER TYPE "EmailState" ADD VALUE 'CANCELED';
