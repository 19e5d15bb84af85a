-- CreateIndex
CREATE INDEX "Dispute_lenderDisputeId_idx" ON "Dispute"("lenderDisputeId");

-- CreateIndex
CREATE INDEX "Order_customerEmail_idx" ON "Order"("customerEmail");

-- CreateIndex
CREATE INDEX "PendingCart_promotedAt_createdAt_id_idx" ON "PendingCart"("promotedAt", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "PendingCart_customerEmail_idx" ON "PendingCart"("customerEmail");
