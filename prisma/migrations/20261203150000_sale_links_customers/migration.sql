-- Links that keep themselves (lib/links/relink-sales.ts) record how each funding record
-- was matched and flag conflicting evidence; applications learn their ChargeAfter charge
-- and where each customer fact came from (lib/customers).
ALTER TABLE "Application" ADD COLUMN "customerSources" JSONB,
ADD COLUMN "chargeId" TEXT;

ALTER TABLE "FundingRecord" ADD COLUMN "matchedBy" TEXT,
ADD COLUMN "linkConflict" TEXT;

CREATE INDEX "Application_chargeId_idx" ON "Application"("chargeId");

-- Until now only a promoted cart filled an application's customer.
UPDATE "Application" SET "customerSources" = jsonb_strip_nulls(jsonb_build_object(
  'name', CASE WHEN "customerFirstName" IS NOT NULL OR "customerLastName" IS NOT NULL THEN 'cart' END,
  'email', CASE WHEN "customerEmail" IS NOT NULL THEN 'cart' END,
  'phone', CASE WHEN "customerPhone" IS NOT NULL THEN 'cart' END))
WHERE "customerFirstName" IS NOT NULL OR "customerLastName" IS NOT NULL OR "customerEmail" IS NOT NULL OR "customerPhone" IS NOT NULL;
