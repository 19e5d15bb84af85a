-- The new value can be added inside the migration's transaction as long as nothing
-- in this same transaction uses it (PostgreSQL: "unsafe use of new value").
ALTER TYPE "OrderStatus" ADD VALUE IF NOT EXISTS 'ON_HOLD';

ALTER TABLE "Order"
  ADD COLUMN "approvedAmount" DECIMAL(14,2),
  ADD COLUMN "holdReason" TEXT,
  ADD COLUMN "flags" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
