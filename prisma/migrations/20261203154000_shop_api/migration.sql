-- Shop API: API keys (hashed), the Idempotency-Keys of writes, and Order."updatedAt" for
-- the order pages (`updated_after`, keyset by oldest change first).
CREATE TYPE "ApiKeyScope" AS ENUM ('READ', 'WRITE');

CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "ApiKeyScope" NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdByEmail" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ApiKey_name_key" ON "ApiKey"("name");
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

CREATE TABLE "IdempotencyKey" (
    "apiKeyId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "responseStatus" INTEGER,
    "responseBody" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("apiKeyId","key")
);

CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

ALTER TABLE "IdempotencyKey" ADD CONSTRAINT "IdempotencyKey_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing orders: their last known change.
ALTER TABLE "Order" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "Order" SET "updatedAt" = GREATEST("createdAt", COALESCE("cancelledAt", "createdAt"));

CREATE INDEX "Order_updatedAt_id_idx" ON "Order"("updatedAt", "id");
CREATE INDEX "Order_status_updatedAt_id_idx" ON "Order"("status", "updatedAt", "id");

-- Every real change moves "updatedAt", whichever code path writes it (Prisma or raw SQL);
-- an UPDATE that changes nothing (the same financingStatus again) leaves it.
CREATE FUNCTION order_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW."updatedAt" := now();
  RETURN NEW;
END
$fn$;

CREATE TRIGGER order_touch_updated_at BEFORE UPDATE ON "Order"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION order_touch_updated_at();
