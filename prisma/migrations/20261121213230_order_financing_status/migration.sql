-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "financingStatus" "ApplicationStatus";

-- CreateIndex
CREATE INDEX "Order_financingStatus_createdAt_id_idx" ON "Order"("financingStatus", "createdAt" DESC, "id" DESC);

-- Backfill (written by hand): the copy starts out equal to the application's status.
UPDATE "Order" o SET "financingStatus" = a.status FROM "Application" a WHERE a.id = o."applicationId";
