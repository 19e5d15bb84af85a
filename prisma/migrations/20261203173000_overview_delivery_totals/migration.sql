-- The overview's deliveries by answer (lib/overview/count-deliveries-by-answer.ts): counts per
-- 15 minutes received and answer class, kept by statement triggers on "Delivery" in the
-- writer's transaction. receivedAt and responseStatus are never updated, so no UPDATE trigger.

-- CreateTable
CREATE TABLE "DeliveryAnswerTotal" (
    "bucket" TIMESTAMPTZ(3) NOT NULL,
    "answer" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DeliveryAnswerTotal_pkey" PRIMARY KEY ("bucket","answer")
);

CREATE FUNCTION delivery_answer_totals_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DeliveryAnswerTotal" (bucket, answer, count)
  SELECT date_bin('15 minutes', n."receivedAt", TIMESTAMPTZ '2000-01-01 00:00:00+00'), n."responseStatus" / 100, count(*)
  FROM new_rows n GROUP BY 1, 2
  ORDER BY 1, 2 -- one lock order for concurrent writers
  ON CONFLICT (bucket, answer) DO UPDATE SET count = "DeliveryAnswerTotal".count + EXCLUDED.count;
  RETURN NULL;
END $$;

CREATE FUNCTION delivery_answer_totals_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DeliveryAnswerTotal" t SET count = t.count - o.count
  FROM (SELECT date_bin('15 minutes', d."receivedAt", TIMESTAMPTZ '2000-01-01 00:00:00+00') AS bucket,
               d."responseStatus" / 100 AS answer, count(*) AS count
        FROM old_rows d GROUP BY 1, 2) o
  WHERE t.bucket = o.bucket AND t.answer = o.answer;
  RETURN NULL;
END $$;

CREATE TRIGGER delivery_answer_totals_insert AFTER INSERT ON "Delivery"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION delivery_answer_totals_add();
CREATE TRIGGER delivery_answer_totals_delete AFTER DELETE ON "Delivery"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION delivery_answer_totals_remove();

-- The deliveries stored before this migration.
INSERT INTO "DeliveryAnswerTotal" (bucket, answer, count)
SELECT date_bin('15 minutes', "receivedAt", TIMESTAMPTZ '2000-01-01 00:00:00+00'), "responseStatus" / 100, count(*)
FROM "Delivery" GROUP BY 1, 2;
