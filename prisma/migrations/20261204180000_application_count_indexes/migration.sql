-- The applications list counts each status up to a limit under the filters
-- (lib/applications/find-applications.ts): with the provider in the lender's index
-- those counts read the index alone.
DROP INDEX "Application_lenderName_status_idx";
CREATE INDEX "Application_lenderName_status_provider_idx" ON "Application"("lenderName", "status", "provider");

-- A search that is a whole email address matches it ignoring case (lib/applications/application-where.ts);
-- Prisma's schema cannot declare an expression index, so it lives here only.
CREATE INDEX "Application_customerEmail_lower_idx" ON "Application" (lower("customerEmail"));
