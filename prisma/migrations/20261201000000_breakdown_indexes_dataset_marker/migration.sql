-- CreateTable
CREATE TABLE "DatasetMarker" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "noteAr" TEXT NOT NULL,
    "noteEn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Breakdown_figureId_idx" ON "Breakdown"("figureId");

-- CreateIndex
CREATE INDEX "BreakdownValue_governorateId_idx" ON "BreakdownValue"("governorateId");

