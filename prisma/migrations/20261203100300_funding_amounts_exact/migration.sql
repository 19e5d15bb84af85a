-- Funding records with sub-cent amounts are stored: the amount columns keep cents
-- (so the day totals, summed in integer cents, stay exact), this keeps the report's text.
ALTER TABLE "FundingRecord" ADD COLUMN "amountsExact" JSONB;
