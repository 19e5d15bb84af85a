-- The applications list (lib/applications/find-applications.ts).
-- pg_trgm serves the trigram GIN index below (case-insensitive substring search of
-- customer names and emails). Added by hand: Prisma can only declare extensions with
-- the postgresqlExtensions preview feature, and the offline generator then re-creates
-- the extension in every later migration. Without the declaration Prisma ignores
-- extensions altogether (it never drops one), so later migrations leave this alone.
-- Available in every PostgreSQL 15+ build that ships the contrib modules (Debian's,
-- the embedded one).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropIndex
DROP INDEX "Application_createdAt_idx";

-- DropIndex
DROP INDEX "Application_lenderName_idx";

-- CreateIndex
CREATE INDEX "Application_externalId_idx" ON "Application"("externalId");

-- CreateIndex
CREATE INDEX "Application_provider_status_idx" ON "Application"("provider", "status");

-- CreateIndex
CREATE INDEX "Application_lenderName_status_idx" ON "Application"("lenderName", "status");

-- CreateIndex
CREATE INDEX "Application_createdAt_id_idx" ON "Application"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Application_approvedAmount_idx" ON "Application"("approvedAmount");

-- CreateIndex
CREATE INDEX "Application_requestedAmount_idx" ON "Application"("requestedAmount");

-- CreateIndex
CREATE INDEX "Application_customer_trgm_idx" ON "Application" USING GIN ("customerFirstName" gin_trgm_ops, "customerLastName" gin_trgm_ops, "customerEmail" gin_trgm_ops);
