-- DropForeignKey
ALTER TABLE "FigureRevision" DROP CONSTRAINT "FigureRevision_sourceId_fkey";

-- DropIndex
DROP INDEX "FigureRevision_publishedAt_idx";

-- AlterTable
ALTER TABLE "FigureRevision" DROP COLUMN "definitionAr",
DROP COLUMN "definitionEn",
DROP COLUMN "governorateId",
DROP COLUMN "labelAr",
DROP COLUMN "labelEn",
DROP COLUMN "measure",
DROP COLUMN "publishedAt",
DROP COLUMN "quoteTranslation",
DROP COLUMN "scope",
DROP COLUMN "unit";

-- DropTable
DROP TABLE "ChangelogEntry";

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

