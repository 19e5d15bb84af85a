-- CreateTable
CREATE TABLE "UnverifiedBodyQuota" (
    "address" TEXT NOT NULL,
    "hourStart" TIMESTAMPTZ(3) NOT NULL,
    "bytes" BIGINT NOT NULL,

    CONSTRAINT "UnverifiedBodyQuota_pkey" PRIMARY KEY ("address","hourStart")
);

-- CreateIndex
CREATE INDEX "UnverifiedBodyQuota_hourStart_idx" ON "UnverifiedBodyQuota"("hourStart");
