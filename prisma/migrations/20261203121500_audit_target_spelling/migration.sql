-- One spelling for audit target types (lib/audit/audit-vocabulary.ts): kebab-case names.
UPDATE "AuditLog" SET "targetType" = 'funding-export' WHERE "targetType" = 'FundingExport';
UPDATE "AuditLog" SET "targetType" = 'sync-run' WHERE "targetType" = 'SyncRun';
