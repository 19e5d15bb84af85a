-- Running unattended (issue 15): scheduled job runs, who started a sync, purged delivery bodies.
-- CreateEnum
CREATE TYPE "SyncTrigger" AS ENUM ('MANUAL', 'SCHEDULED', 'SCRIPT');

-- CreateEnum
CREATE TYPE "JobRunOutcome" AS ENUM ('RUNNING', 'OK', 'FAILED');

-- AlterTable
ALTER TABLE "SyncRun" ADD COLUMN "trigger" "SyncTrigger" NOT NULL DEFAULT 'MANUAL';

-- The command line's runs so far (its actor is cli:<user>).
UPDATE "SyncRun" SET "trigger" = 'SCRIPT' WHERE "startedByEmail" LIKE 'cli:%';

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN "bodyPurgedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" UUID NOT NULL,
    "job" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "outcome" "JobRunOutcome" NOT NULL DEFAULT 'RUNNING',
    "summary" TEXT,
    "error" TEXT,
    "instance" TEXT NOT NULL,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Delivery_bodyPurgedAt_receivedAt_idx" ON "Delivery"("bodyPurgedAt", "receivedAt");

-- CreateIndex
CREATE INDEX "JobRun_startedAt_id_idx" ON "JobRun"("startedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "JobRun_job_startedAt_idx" ON "JobRun"("job", "startedAt" DESC);
