-- CreateTable
CREATE TABLE "DatasetMarker" (
    "key" TEXT NOT NULL,
    "noteAr" TEXT NOT NULL,
    "noteEn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetMarker_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Breakdown_figureId_idx" ON "Breakdown"("figureId");

-- CreateIndex
CREATE INDEX "BreakdownValue_governorateId_idx" ON "BreakdownValue"("governorateId");

