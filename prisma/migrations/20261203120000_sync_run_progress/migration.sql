-- Sync progress lives in the SyncRun row (not in one server's memory), so a poll on any
-- instance follows a sync to its end.
ALTER TABLE "SyncRun" ADD COLUMN "invalidCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "heartbeatAt" TIMESTAMPTZ(3);
