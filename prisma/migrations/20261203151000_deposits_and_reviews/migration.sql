-- Deposits (funding per funded day and lender, and finance's check of each against the
-- bank), the funded/not-funded split of the day totals, and finance's review of mismatches.
-- Written by hand: the trigger functions are not expressible in schema.prisma.

-- The day totals gain a "funded" dimension (fundedAt set). They are derived data: dropped
-- and created again, and rebuilt from the records by the first reader (FundingTotalsState
-- emptied below), exact to the cent as before.
DROP TABLE "FundingDayTotal";
DROP TABLE "FundingDayStatusTotal";

-- CreateEnum
CREATE TYPE "DepositReviewState" AS ENUM ('MATCHED', 'FLAGGED');

-- CreateEnum
CREATE TYPE "MismatchReviewState" AS ENUM ('OPEN', 'ASSIGNED', 'RESOLVED');

-- CreateTable
CREATE TABLE "FundingDayTotal" (
    "dateField" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "lenderName" TEXT NOT NULL,
    "productType" TEXT NOT NULL,
    "transactionType" TEXT NOT NULL,
    "matched" BOOLEAN NOT NULL,
    "funded" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,
    "transactionAmount" BIGINT NOT NULL,
    "discountAmount" BIGINT NOT NULL,
    "netAmount" BIGINT NOT NULL,

    CONSTRAINT "FundingDayTotal_pkey" PRIMARY KEY ("dateField","day","status","lenderName","productType","transactionType","matched","funded")
);

-- CreateTable
CREATE TABLE "FundingDayStatusTotal" (
    "dateField" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "matched" BOOLEAN NOT NULL,
    "funded" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,
    "transactionAmount" BIGINT NOT NULL,
    "discountAmount" BIGINT NOT NULL,
    "netAmount" BIGINT NOT NULL,

    CONSTRAINT "FundingDayStatusTotal_pkey" PRIMARY KEY ("dateField","day","status","matched","funded")
);

-- CreateTable
CREATE TABLE "FundingDepositTotal" (
    "day" DATE NOT NULL,
    "lenderName" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "transactionAmount" BIGINT NOT NULL,
    "discountAmount" BIGINT NOT NULL,
    "netAmount" BIGINT NOT NULL,

    CONSTRAINT "FundingDepositTotal_pkey" PRIMARY KEY ("day","lenderName")
);

-- CreateTable
CREATE TABLE "DepositReview" (
    "day" DATE NOT NULL,
    "lenderName" TEXT NOT NULL,
    "state" "DepositReviewState" NOT NULL,
    "bankReference" TEXT,
    "note" TEXT,
    "reviewedCount" INTEGER NOT NULL,
    "reviewedNet" BIGINT NOT NULL,
    "reviewedById" UUID,
    "reviewedByEmail" TEXT NOT NULL,
    "reviewedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DepositReview_pkey" PRIMARY KEY ("day","lenderName")
);

-- CreateTable
CREATE TABLE "MismatchReview" (
    "transactionId" TEXT NOT NULL,
    "state" "MismatchReviewState" NOT NULL DEFAULT 'OPEN',
    "assigneeId" UUID,
    "assigneeEmail" TEXT,
    "note" TEXT,
    "recordVersion" INTEGER NOT NULL,
    "reopenedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedByEmail" TEXT NOT NULL,

    CONSTRAINT "MismatchReview_pkey" PRIMARY KEY ("transactionId")
);

-- CreateIndex
CREATE INDEX "FundingDayTotal_dimensions_idx" ON "FundingDayTotal"("dateField", "lenderName", "productType", "transactionType");

-- CreateIndex
CREATE INDEX "FundingDepositTotal_lenderName_day_idx" ON "FundingDepositTotal"("lenderName", "day" DESC);

-- CreateIndex
CREATE INDEX "DepositReview_state_idx" ON "DepositReview"("state");

-- CreateIndex
CREATE INDEX "MismatchReview_state_idx" ON "MismatchReview"("state");

-- Counters updated in place (see 20261121224655_funding_day_totals): room for HOT updates.
ALTER TABLE "FundingDayTotal" SET (fillfactor = 50);
ALTER TABLE "FundingDayStatusTotal" SET (fillfactor = 50);
ALTER TABLE "FundingDepositTotal" SET (fillfactor = 50);

-- The one statement that adds a set of records (sign +1 or -1) to the totals, now also per
-- funded/not funded, and to the deposits (funded records per fundedAt day and lender).
CREATE OR REPLACE FUNCTION funding_day_totals_sql() RETURNS text LANGUAGE sql IMMUTABLE AS $sql$ SELECT $tpl$
WITH delta AS (%s),
days AS (
  SELECT 'transactionDate' AS "dateField", (d."transactionDate" AT TIME ZONE $1)::date AS day, d.* FROM delta d
  UNION ALL
  SELECT 'fundedAt', (d."fundedAt" AT TIME ZONE $1)::date, d.* FROM delta d WHERE d."fundedAt" IS NOT NULL
),
grouped AS (
  SELECT "dateField", day, status, COALESCE("lenderName", '') AS "lenderName", COALESCE("productType", '') AS "productType",
         "transactionType", "applicationId" IS NOT NULL AS matched, "fundedAt" IS NOT NULL AS funded, sum(sign)::int AS count,
         sum(sign * ("transactionAmount" * 100)::bigint)::bigint AS "transactionAmount",
         sum(sign * ("discountAmount" * 100)::bigint)::bigint AS "discountAmount",
         sum(sign * ("netAmount" * 100)::bigint)::bigint AS "netAmount"
  FROM days GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
),
changed AS (
  SELECT * FROM grouped WHERE count <> 0 OR "transactionAmount" <> 0 OR "discountAmount" <> 0 OR "netAmount" <> 0
),
detail AS (
  INSERT INTO "FundingDayTotal" AS t ("dateField", day, status, "lenderName", "productType", "transactionType", matched, funded,
    count, "transactionAmount", "discountAmount", "netAmount")
  SELECT "dateField", day, status, "lenderName", "productType", "transactionType", matched, funded,
    count, "transactionAmount", "discountAmount", "netAmount"
  FROM changed WHERE "dateField" = 'transactionDate' ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("dateField", day, status, "lenderName", "productType", "transactionType", matched, funded) DO UPDATE SET
    count = t.count + EXCLUDED.count,
    "transactionAmount" = t."transactionAmount" + EXCLUDED."transactionAmount",
    "discountAmount" = t."discountAmount" + EXCLUDED."discountAmount",
    "netAmount" = t."netAmount" + EXCLUDED."netAmount"
),
deposit AS (
  INSERT INTO "FundingDepositTotal" AS t (day, "lenderName", count, "transactionAmount", "discountAmount", "netAmount")
  SELECT day, "lenderName", sum(count)::int, sum("transactionAmount")::bigint, sum("discountAmount")::bigint, sum("netAmount")::bigint
  FROM changed WHERE "dateField" = 'fundedAt' GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, "lenderName") DO UPDATE SET
    count = t.count + EXCLUDED.count,
    "transactionAmount" = t."transactionAmount" + EXCLUDED."transactionAmount",
    "discountAmount" = t."discountAmount" + EXCLUDED."discountAmount",
    "netAmount" = t."netAmount" + EXCLUDED."netAmount"
)
INSERT INTO "FundingDayStatusTotal" AS t ("dateField", day, status, matched, funded, count, "transactionAmount", "discountAmount", "netAmount")
SELECT "dateField", day, status, matched, funded, sum(count)::int, sum("transactionAmount")::bigint, sum("discountAmount")::bigint, sum("netAmount")::bigint
FROM changed GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT ("dateField", day, status, matched, funded) DO UPDATE SET
  count = t.count + EXCLUDED.count,
  "transactionAmount" = t."transactionAmount" + EXCLUDED."transactionAmount",
  "discountAmount" = t."discountAmount" + EXCLUDED."discountAmount",
  "netAmount" = t."netAmount" + EXCLUDED."netAmount"
$tpl$ $sql$;

CREATE OR REPLACE FUNCTION funding_day_totals_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM "FundingDayTotal";
  DELETE FROM "FundingDayStatusTotal";
  DELETE FROM "FundingDepositTotal";
  RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION funding_day_totals_rebuild(zone text) RETURNS boolean LANGUAGE plpgsql AS $fn$
BEGIN
  LOCK TABLE "FundingRecord" IN SHARE ROW EXCLUSIVE MODE;
  IF EXISTS (SELECT 1 FROM "FundingTotalsState" WHERE id = 1 AND "timeZone" = zone) THEN
    RETURN false; -- another session built them while this one waited
  END IF;
  DELETE FROM "FundingDayTotal";
  DELETE FROM "FundingDayStatusTotal";
  DELETE FROM "FundingDepositTotal";
  EXECUTE format(funding_day_totals_sql(), 'SELECT 1 AS sign, r.* FROM "FundingRecord" r') USING zone;
  INSERT INTO "FundingTotalsState" (id, "timeZone", "builtAt") VALUES (1, zone, now())
  ON CONFLICT (id) DO UPDATE SET "timeZone" = EXCLUDED."timeZone", "builtAt" = EXCLUDED."builtAt";
  RETURN true;
END
$fn$;

-- The totals above are empty now: the first reader rebuilds them (ensureFundingDayTotals).
DELETE FROM "FundingTotalsState";

-- A sync or import that changes a record (its version goes up) reopens its resolved review:
-- whoever resolved it must look again. One statement per writing statement, like the totals.
CREATE FUNCTION mismatch_review_reopen() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE "MismatchReview" m
  SET state = CASE WHEN m."assigneeId" IS NULL THEN 'OPEN'::"MismatchReviewState" ELSE 'ASSIGNED'::"MismatchReviewState" END,
      "reopenedAt" = now()
  FROM new_rows n JOIN old_rows o ON o."transactionId" = n."transactionId"
  WHERE m."transactionId" = n."transactionId" AND n.version > o.version AND m.state = 'RESOLVED';
  RETURN NULL;
END
$fn$;

CREATE TRIGGER mismatch_review_reopen AFTER UPDATE ON "FundingRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mismatch_review_reopen();
