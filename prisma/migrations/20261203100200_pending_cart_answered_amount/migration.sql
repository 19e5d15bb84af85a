-- The amount WeGetFinancing answered to Create Request (its own sum), shown beside ours.
ALTER TABLE "PendingCart" ADD COLUMN "answeredAmount" DECIMAL(14,2);
