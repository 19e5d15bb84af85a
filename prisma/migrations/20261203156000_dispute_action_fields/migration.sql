-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN     "amount" DECIMAL(14,2),
ADD COLUMN     "fieldSources" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "resolutionNote" TEXT,
ADD COLUMN     "responseDueAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Dispute_responseDueAt_id_idx" ON "Dispute"("responseDueAt", "id");
