-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "flags" TEXT[] DEFAULT ARRAY[]::TEXT[];
