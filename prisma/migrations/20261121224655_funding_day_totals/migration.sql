-- CreateTable
CREATE TABLE "FundingDayTotal" (
    "dateField" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "lenderName" TEXT NOT NULL,
    "productType" TEXT NOT NULL,
    "transactionType" TEXT NOT NULL,
    "matched" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,
    "transactionAmount" BIGINT NOT NULL,
    "discountAmount" BIGINT NOT NULL,
    "netAmount" BIGINT NOT NULL,

    CONSTRAINT "FundingDayTotal_pkey" PRIMARY KEY ("dateField","day","status","lenderName","productType","transactionType","matched")
);

-- CreateTable
CREATE TABLE "FundingDayStatusTotal" (
    "dateField" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "matched" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,
    "transactionAmount" BIGINT NOT NULL,
    "discountAmount" BIGINT NOT NULL,
    "netAmount" BIGINT NOT NULL,

    CONSTRAINT "FundingDayStatusTotal_pkey" PRIMARY KEY ("dateField","day","status","matched")
);

-- CreateTable
CREATE TABLE "FundingTotalsState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "timeZone" TEXT NOT NULL,
    "builtAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundingTotalsState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FundingRecord_lenderReferenceId_idx" ON "FundingRecord"("lenderReferenceId");

-- CreateIndex
CREATE INDEX "FundingDayTotal_dimensions_idx" ON "FundingDayTotal"("dateField", "lenderName", "productType", "transactionType");

-- A whole email address searched: found through this index, not the trigram one (whose
-- common trigrams, e.g. of "gmail.com", match most rows). Not expressible in schema.prisma.
CREATE INDEX "FundingRecord_email_lower_idx" ON "FundingRecord" (lower("email"));

-- CreateIndex
CREATE INDEX "FundingRecord_customer_trgm_idx" ON "FundingRecord" USING GIN ("firstName" gin_trgm_ops, "lastName" gin_trgm_ops, "email" gin_trgm_ops);

-- Totals are counters updated in place: room on each page lets PostgreSQL update them
-- without touching the indexes (HOT), which keeps a sync's writes cheap.
ALTER TABLE "FundingDayTotal" SET (fillfactor = 50);
ALTER TABLE "FundingDayStatusTotal" SET (fillfactor = 50);

-- The totals are kept by statement-level triggers with transition tables: one aggregate
-- upsert per statement however many records it wrote, in the writer's transaction, so
-- the totals always equal the records (a sync's page commits both or neither).

-- The one statement that adds a set of records (with sign +1 or -1) to the totals. The
-- detailed totals (lender, product, type) are kept by transaction date only: by funding
-- date, those rarer views read the records, and every record written costs one upsert
-- there instead of two. %s is
-- that set as a query over FundingRecord's columns with a leading "sign" column; $1 is the
-- time zone whose days the totals are kept in.
CREATE FUNCTION funding_day_totals_sql() RETURNS text LANGUAGE sql IMMUTABLE AS $sql$ SELECT $tpl$
WITH delta AS (%s),
days AS (
  SELECT 'transactionDate' AS "dateField", (d."transactionDate" AT TIME ZONE $1)::date AS day, d.* FROM delta d
  UNION ALL
  SELECT 'fundedAt', (d."fundedAt" AT TIME ZONE $1)::date, d.* FROM delta d WHERE d."fundedAt" IS NOT NULL
),
grouped AS (
  SELECT "dateField", day, status, COALESCE("lenderName", '') AS "lenderName", COALESCE("productType", '') AS "productType",
         "transactionType", "applicationId" IS NOT NULL AS matched, sum(sign)::int AS count,
         sum(sign * ("transactionAmount" * 100)::bigint)::bigint AS "transactionAmount",
         sum(sign * ("discountAmount" * 100)::bigint)::bigint AS "discountAmount",
         sum(sign * ("netAmount" * 100)::bigint)::bigint AS "netAmount"
  FROM days GROUP BY 1, 2, 3, 4, 5, 6, 7
),
changed AS (
  SELECT * FROM grouped WHERE count <> 0 OR "transactionAmount" <> 0 OR "discountAmount" <> 0 OR "netAmount" <> 0
),
detail AS (
  INSERT INTO "FundingDayTotal" AS t
  SELECT * FROM changed WHERE "dateField" = 'transactionDate' ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("dateField", day, status, "lenderName", "productType", "transactionType", matched) DO UPDATE SET
    count = t.count + EXCLUDED.count,
    "transactionAmount" = t."transactionAmount" + EXCLUDED."transactionAmount",
    "discountAmount" = t."discountAmount" + EXCLUDED."discountAmount",
    "netAmount" = t."netAmount" + EXCLUDED."netAmount"
)
INSERT INTO "FundingDayStatusTotal" AS t
SELECT "dateField", day, status, matched, sum(count)::int, sum("transactionAmount")::bigint, sum("discountAmount")::bigint, sum("netAmount")::bigint
FROM changed GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
ON CONFLICT ("dateField", day, status, matched) DO UPDATE SET
  count = t.count + EXCLUDED.count,
  "transactionAmount" = t."transactionAmount" + EXCLUDED."transactionAmount",
  "discountAmount" = t."discountAmount" + EXCLUDED."discountAmount",
  "netAmount" = t."netAmount" + EXCLUDED."netAmount"
$tpl$ $sql$;

CREATE FUNCTION funding_day_totals_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  zone text;
BEGIN
  SELECT "timeZone" INTO zone FROM "FundingTotalsState" WHERE id = 1;
  IF zone IS NULL THEN
    RETURN NULL; -- never built: the first reader builds the totals from the records
  END IF;
  EXECUTE format(funding_day_totals_sql(), CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, r.* FROM new_rows r'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, r.* FROM old_rows r'
    ELSE 'SELECT 1 AS sign, r.* FROM new_rows r UNION ALL SELECT -1, r.* FROM old_rows r'
  END) USING zone;
  RETURN NULL;
END
$fn$;

CREATE FUNCTION funding_day_totals_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM "FundingDayTotal";
  DELETE FROM "FundingDayStatusTotal";
  RETURN NULL;
END
$fn$;

-- A trigger with transition tables serves one event, hence three.
CREATE TRIGGER funding_day_totals_insert AFTER INSERT ON "FundingRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funding_day_totals_trigger();
CREATE TRIGGER funding_day_totals_update AFTER UPDATE ON "FundingRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funding_day_totals_trigger();
CREATE TRIGGER funding_day_totals_delete AFTER DELETE ON "FundingRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION funding_day_totals_trigger();
CREATE TRIGGER funding_day_totals_truncate AFTER TRUNCATE ON "FundingRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION funding_day_totals_truncate();

-- Builds the totals from every record for a time zone (unless already built for it).
-- Writers of records wait meanwhile; readers of records do not.
CREATE FUNCTION funding_day_totals_rebuild(zone text) RETURNS boolean LANGUAGE plpgsql AS $fn$
BEGIN
  LOCK TABLE "FundingRecord" IN SHARE ROW EXCLUSIVE MODE;
  IF EXISTS (SELECT 1 FROM "FundingTotalsState" WHERE id = 1 AND "timeZone" = zone) THEN
    RETURN false; -- another session built them while this one waited
  END IF;
  DELETE FROM "FundingDayTotal";
  DELETE FROM "FundingDayStatusTotal";
  EXECUTE format(funding_day_totals_sql(), 'SELECT 1 AS sign, r.* FROM "FundingRecord" r') USING zone;
  INSERT INTO "FundingTotalsState" (id, "timeZone", "builtAt") VALUES (1, zone, now())
  ON CONFLICT (id) DO UPDATE SET "timeZone" = EXCLUDED."timeZone", "builtAt" = EXCLUDED."builtAt";
  RETURN true;
END
$fn$;
