-- The search (/search, lib/search) finds a sale by its exact amount ("1299.99").
CREATE INDEX "PendingCart_amount_idx" ON "PendingCart"("amount");
CREATE INDEX "Order_amount_idx" ON "Order"("amount");
CREATE INDEX "FundingRecord_transactionAmount_idx" ON "FundingRecord"("transactionAmount");
