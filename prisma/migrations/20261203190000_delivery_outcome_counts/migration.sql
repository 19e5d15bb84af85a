-- Outcomes the delivery applier recorded, for GET /api/metrics (lib/metrics/count-delivery-outcomes.ts):
-- counted from this migration on, in the applier's transactions, one row per outcome and shard
-- (pg_backend_pid() % 16) so concurrent workers rarely wait on the same row.

-- CreateTable
CREATE TABLE "DeliveryOutcomeCount" (
    "outcome" TEXT NOT NULL,
    "shard" SMALLINT NOT NULL,
    "count" BIGINT NOT NULL,

    CONSTRAINT "DeliveryOutcomeCount_pkey" PRIMARY KEY ("outcome","shard")
);
