-- Alerts (issue 15): one row per open or past issue found by the alert checks (lib/alerts).
-- CreateTable
CREATE TABLE "Alert" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "openKey" TEXT,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "link" TEXT NOT NULL,
    "firstCauseId" UUID,
    "lastCauseId" UUID,
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "acknowledgedByEmail" TEXT,
    "resolvedAt" TIMESTAMPTZ(3),
    "lastNotifiedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Alert_openKey_key" ON "Alert"("openKey");

-- CreateIndex
CREATE INDEX "Alert_kind_firstSeenAt_idx" ON "Alert"("kind", "firstSeenAt" DESC);

-- CreateIndex
CREATE INDEX "Alert_resolvedAt_lastSeenAt_id_idx" ON "Alert"("resolvedAt", "lastSeenAt" DESC, "id" DESC);

