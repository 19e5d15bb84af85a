-- CreateEnum
CREATE TYPE "Provider" AS ENUM ('WEGETFINANCING', 'CHARGEAFTER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SUPPORT', 'FINANCE', 'ADMIN');

-- CreateEnum
CREATE TYPE "Verification" AS ENUM ('VERIFIED', 'MISSING', 'INVALID', 'STALE', 'NOT_CONFIGURED', 'NOT_CHECKED');

-- CreateEnum
CREATE TYPE "Processing" AS ENUM ('RECEIVED', 'APPLIED', 'DUPLICATE', 'IGNORED', 'REJECTED', 'INVALID', 'FAILED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('CREATED', 'PREQUALIFIED', 'PENDING', 'DECLINED', 'APPROVED', 'CONFIRMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('OPEN', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'LENDER_UPDATED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "SyncSource" AS ENUM ('API', 'FILE');

-- CreateEnum
CREATE TYPE "SyncStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "disabledAt" TIMESTAMPTZ(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" UUID NOT NULL,
    "provider" "Provider" NOT NULL,
    "endpoint" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "remoteAddress" TEXT,
    "contentType" TEXT,
    "headers" JSONB NOT NULL,
    "rawBody" BYTEA NOT NULL,
    "bodyBytes" INTEGER NOT NULL,
    "eventType" TEXT,
    "dedupeKey" TEXT,
    "duplicateOfId" UUID,
    "verification" "Verification" NOT NULL,
    "responseStatus" INTEGER NOT NULL,
    "processing" "Processing" NOT NULL,
    "processingError" TEXT,
    "processedAt" TIMESTAMPTZ(3),
    "replayCount" INTEGER NOT NULL DEFAULT 0,
    "searchIds" TEXT[],
    "applicationId" UUID,
    "orderId" UUID,
    "disputeId" UUID,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryKey" (
    "provider" "Provider" NOT NULL,
    "key" TEXT NOT NULL,
    "deliveryId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryKey_pkey" PRIMARY KEY ("provider","key")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "provider" "Provider" NOT NULL,
    "externalId" TEXT NOT NULL,
    "merchantTransactionId" TEXT,
    "merchantOrderId" TEXT,
    "status" "ApplicationStatus" NOT NULL,
    "lenderId" TEXT,
    "lenderName" TEXT,
    "requestedAmount" DECIMAL(14,2),
    "approvedAmount" DECIMAL(14,2),
    "refundedAmount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "customerFirstName" TEXT,
    "customerLastName" TEXT,
    "customerEmail" TEXT,
    "customerPhone" TEXT,
    "accountId" TEXT,
    "accountToken" TEXT,
    "confirmationToken" TEXT,
    "consumerId" TEXT,
    "linkId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastEventAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LenderOutcome" (
    "applicationId" UUID NOT NULL,
    "lenderId" TEXT NOT NULL,
    "lenderName" TEXT,
    "status" "ApplicationStatus" NOT NULL,
    "amount" DECIMAL(14,2),
    "reason" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LenderOutcome_pkey" PRIMARY KEY ("applicationId","lenderId")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "deliveryId" UUID,
    "type" TEXT NOT NULL,
    "status" "ApplicationStatus",
    "lenderId" TEXT,
    "amount" DECIMAL(14,2),
    "reason" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStatusCheck" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedByEmail" TEXT NOT NULL,
    "applicationStatus" TEXT,
    "response" JSONB NOT NULL,

    CONSTRAINT "ApplicationStatusCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PendingCart" (
    "id" UUID NOT NULL,
    "provider" "Provider" NOT NULL,
    "merchantTransactionId" TEXT NOT NULL,
    "requestToken" TEXT,
    "financingUrl" TEXT,
    "customerFirstName" TEXT NOT NULL,
    "customerLastName" TEXT NOT NULL,
    "customerEmail" TEXT NOT NULL,
    "customerPhone" TEXT,
    "billingAddress" JSONB,
    "shippingAddress" JSONB,
    "items" JSONB NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "shippingAmount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "taxAmount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promotedAt" TIMESTAMPTZ(3),
    "applicationId" UUID,

    CONSTRAINT "PendingCart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" UUID NOT NULL,
    "provider" "Provider" NOT NULL,
    "merchantTransactionId" TEXT,
    "requestToken" TEXT NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'OPEN',
    "amount" DECIMAL(14,2) NOT NULL,
    "refundedAmount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "customerFirstName" TEXT,
    "customerLastName" TEXT,
    "customerEmail" TEXT,
    "items" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),
    "applicationId" UUID,
    "pendingCartId" UUID,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dispute" (
    "id" UUID NOT NULL,
    "provider" "Provider" NOT NULL,
    "externalId" TEXT NOT NULL,
    "lenderDisputeId" TEXT,
    "lenderId" TEXT,
    "status" "DisputeStatus" NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastEventAt" TIMESTAMPTZ(3) NOT NULL,
    "resolvedAt" TIMESTAMPTZ(3),
    "applicationId" UUID,

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeEvent" (
    "id" UUID NOT NULL,
    "disputeId" UUID NOT NULL,
    "deliveryId" UUID,
    "type" TEXT NOT NULL,
    "status" "DisputeStatus" NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB,

    CONSTRAINT "DisputeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingRecord" (
    "transactionId" TEXT NOT NULL,
    "chargeId" TEXT NOT NULL,
    "transactionType" TEXT NOT NULL,
    "transactionDate" TIMESTAMPTZ(3) NOT NULL,
    "transactionAmount" DECIMAL(14,2) NOT NULL,
    "discountAmount" DECIMAL(14,2) NOT NULL,
    "netAmount" DECIMAL(14,2) NOT NULL,
    "fundedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL,
    "lenderName" TEXT,
    "lenderReferenceId" TEXT,
    "merchantOrderId" TEXT,
    "merchantTransactionId" TEXT,
    "productType" TEXT,
    "promoCode" TEXT,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSyncedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "applicationId" UUID,

    CONSTRAINT "FundingRecord_pkey" PRIMARY KEY ("transactionId")
);

-- CreateTable
CREATE TABLE "FundingRecordVersion" (
    "id" UUID NOT NULL,
    "transactionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "syncRunId" UUID,

    CONSTRAINT "FundingRecordVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncRun" (
    "id" UUID NOT NULL,
    "source" "SyncSource" NOT NULL,
    "fromDate" DATE,
    "toDate" DATE,
    "fileName" TEXT,
    "status" "SyncStatus" NOT NULL DEFAULT 'RUNNING',
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "startedByEmail" TEXT NOT NULL,
    "fetchedCount" INTEGER NOT NULL DEFAULT 0,
    "newCount" INTEGER NOT NULL DEFAULT 0,
    "changedCount" INTEGER NOT NULL DEFAULT 0,
    "unchangedCount" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "SyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditLog_at_id_idx" ON "AuditLog"("at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "Delivery_receivedAt_id_idx" ON "Delivery"("receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Delivery_provider_receivedAt_id_idx" ON "Delivery"("provider", "receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Delivery_processing_receivedAt_id_idx" ON "Delivery"("processing", "receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Delivery_eventType_receivedAt_id_idx" ON "Delivery"("eventType", "receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Delivery_responseStatus_receivedAt_id_idx" ON "Delivery"("responseStatus", "receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Delivery_verification_receivedAt_id_idx" ON "Delivery"("verification", "receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Delivery_searchIds_idx" ON "Delivery" USING GIN ("searchIds");

-- CreateIndex
CREATE INDEX "Delivery_applicationId_idx" ON "Delivery"("applicationId");

-- CreateIndex
CREATE INDEX "Delivery_orderId_idx" ON "Delivery"("orderId");

-- CreateIndex
CREATE INDEX "Delivery_disputeId_idx" ON "Delivery"("disputeId");

-- CreateIndex
CREATE INDEX "Delivery_duplicateOfId_idx" ON "Delivery"("duplicateOfId");

-- CreateIndex
CREATE INDEX "DeliveryKey_deliveryId_idx" ON "DeliveryKey"("deliveryId");

-- CreateIndex
CREATE INDEX "Application_lastEventAt_id_idx" ON "Application"("lastEventAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Application_status_lastEventAt_id_idx" ON "Application"("status", "lastEventAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Application_provider_lastEventAt_id_idx" ON "Application"("provider", "lastEventAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Application_lenderName_idx" ON "Application"("lenderName");

-- CreateIndex
CREATE INDEX "Application_merchantTransactionId_idx" ON "Application"("merchantTransactionId");

-- CreateIndex
CREATE INDEX "Application_merchantOrderId_idx" ON "Application"("merchantOrderId");

-- CreateIndex
CREATE INDEX "Application_customerEmail_idx" ON "Application"("customerEmail");

-- CreateIndex
CREATE INDEX "Application_createdAt_idx" ON "Application"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_provider_externalId_key" ON "Application"("provider", "externalId");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_occurredAt_id_idx" ON "ApplicationEvent"("applicationId", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "ApplicationEvent_deliveryId_idx" ON "ApplicationEvent"("deliveryId");

-- CreateIndex
CREATE INDEX "ApplicationStatusCheck_applicationId_checkedAt_idx" ON "ApplicationStatusCheck"("applicationId", "checkedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "PendingCart_merchantTransactionId_key" ON "PendingCart"("merchantTransactionId");

-- CreateIndex
CREATE UNIQUE INDEX "PendingCart_requestToken_key" ON "PendingCart"("requestToken");

-- CreateIndex
CREATE INDEX "PendingCart_createdAt_id_idx" ON "PendingCart"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Order_merchantTransactionId_key" ON "Order"("merchantTransactionId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_requestToken_key" ON "Order"("requestToken");

-- CreateIndex
CREATE UNIQUE INDEX "Order_pendingCartId_key" ON "Order"("pendingCartId");

-- CreateIndex
CREATE INDEX "Order_createdAt_id_idx" ON "Order"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Order_status_createdAt_id_idx" ON "Order"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Order_applicationId_idx" ON "Order"("applicationId");

-- CreateIndex
CREATE INDEX "Dispute_status_openedAt_id_idx" ON "Dispute"("status", "openedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Dispute_openedAt_id_idx" ON "Dispute"("openedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Dispute_lenderId_idx" ON "Dispute"("lenderId");

-- CreateIndex
CREATE INDEX "Dispute_applicationId_idx" ON "Dispute"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_provider_externalId_key" ON "Dispute"("provider", "externalId");

-- CreateIndex
CREATE INDEX "DisputeEvent_disputeId_occurredAt_id_idx" ON "DisputeEvent"("disputeId", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "DisputeEvent_deliveryId_idx" ON "DisputeEvent"("deliveryId");

-- CreateIndex
CREATE INDEX "FundingRecord_transactionDate_transactionId_idx" ON "FundingRecord"("transactionDate" DESC, "transactionId" DESC);

-- CreateIndex
CREATE INDEX "FundingRecord_fundedAt_transactionId_idx" ON "FundingRecord"("fundedAt" DESC, "transactionId" DESC);

-- CreateIndex
CREATE INDEX "FundingRecord_status_transactionDate_transactionId_idx" ON "FundingRecord"("status", "transactionDate" DESC, "transactionId" DESC);

-- CreateIndex
CREATE INDEX "FundingRecord_chargeId_idx" ON "FundingRecord"("chargeId");

-- CreateIndex
CREATE INDEX "FundingRecord_merchantOrderId_idx" ON "FundingRecord"("merchantOrderId");

-- CreateIndex
CREATE INDEX "FundingRecord_merchantTransactionId_idx" ON "FundingRecord"("merchantTransactionId");

-- CreateIndex
CREATE INDEX "FundingRecord_lenderName_idx" ON "FundingRecord"("lenderName");

-- CreateIndex
CREATE INDEX "FundingRecord_applicationId_idx" ON "FundingRecord"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingRecordVersion_transactionId_version_key" ON "FundingRecordVersion"("transactionId", "version");

-- CreateIndex
CREATE INDEX "SyncRun_startedAt_idx" ON "SyncRun"("startedAt" DESC);

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Delivery"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryKey" ADD CONSTRAINT "DeliveryKey_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LenderOutcome" ADD CONSTRAINT "LenderOutcome_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusCheck" ADD CONSTRAINT "ApplicationStatusCheck_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingCart" ADD CONSTRAINT "PendingCart_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_pendingCartId_fkey" FOREIGN KEY ("pendingCartId") REFERENCES "PendingCart"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeEvent" ADD CONSTRAINT "DisputeEvent_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeEvent" ADD CONSTRAINT "DisputeEvent_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRecord" ADD CONSTRAINT "FundingRecord_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRecordVersion" ADD CONSTRAINT "FundingRecordVersion_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "FundingRecord"("transactionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRecordVersion" ADD CONSTRAINT "FundingRecordVersion_syncRunId_fkey" FOREIGN KEY ("syncRunId") REFERENCES "SyncRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;
