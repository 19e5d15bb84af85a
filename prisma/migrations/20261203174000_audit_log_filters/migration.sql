-- CreateIndex
CREATE INDEX "AuditLog_actorEmail_at_id_idx" ON "AuditLog"("actorEmail", "at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_action_at_id_idx" ON "AuditLog"("action", "at" DESC, "id" DESC);
