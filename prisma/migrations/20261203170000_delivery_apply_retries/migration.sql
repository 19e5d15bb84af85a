-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "applyAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastApplyError" TEXT,
ADD COLUMN     "nextApplyAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Delivery_processing_nextApplyAt_idx" ON "Delivery"("processing", "nextApplyAt");
