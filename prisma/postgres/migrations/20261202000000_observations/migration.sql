-- DropForeignKey
ALTER TABLE "Figure" DROP CONSTRAINT "Figure_sourceId_fkey";

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "archiveId" INTEGER,
ADD COLUMN     "authorAr" TEXT,
ADD COLUMN     "authorEn" TEXT,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'news-report',
ADD COLUMN     "workTitleAr" TEXT,
ADD COLUMN     "workTitleEn" TEXT;


-- AlterTable
ALTER TABLE "FigureRevision" ADD COLUMN     "locator" TEXT,
ADD COLUMN     "observationId" INTEGER,
ADD COLUMN     "observationRevision" INTEGER,
ADD COLUMN     "valueNote" TEXT;

-- AlterTable
ALTER TABLE "ChangelogEntry" ADD COLUMN     "action" TEXT NOT NULL DEFAULT 'update',
ADD COLUMN     "observationNumber" INTEGER;

-- AlterTable
ALTER TABLE "Breakdown" ADD COLUMN     "asOf" TIMESTAMP(3),
ADD COLUMN     "asOfPrecision" TEXT,
ADD COLUMN     "locator" TEXT,
ADD COLUMN     "periodStart" TIMESTAMP(3),
ADD COLUMN     "quote" TEXT;

-- CreateTable
CREATE TABLE "SourceArchive" (
    "id" SERIAL NOT NULL,
    "sha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceArchive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" SERIAL NOT NULL,
    "figureId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "asOfPrecision" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3),
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteTranslation" TEXT,
    "locator" TEXT,
    "valueNote" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObservationRevision" (
    "id" SERIAL NOT NULL,
    "observationId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "asOfPrecision" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3),
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteTranslation" TEXT,
    "locator" TEXT,
    "valueNote" TEXT,
    "reason" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ObservationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceArchive_sha256_key" ON "SourceArchive"("sha256");

-- CreateIndex
CREATE INDEX "Observation_sourceId_idx" ON "Observation"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_figureId_number_key" ON "Observation"("figureId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ObservationRevision_observationId_revision_key" ON "ObservationRevision"("observationId", "revision");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_archiveId_fkey" FOREIGN KEY ("archiveId") REFERENCES "SourceArchive"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationRevision" ADD CONSTRAINT "ObservationRevision_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "Observation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationRevision" ADD CONSTRAINT "ObservationRevision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Breakdown" ADD CONSTRAINT "Breakdown_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Each figure's current value becomes its observation 1, and its versions become that observation's revisions,
-- so nothing published is lost, and a value its quote does not state is flagged when read, never hidden.
INSERT INTO "Observation" ("figureId", "number", "value", "asOf", "asOfPrecision", "sourceId", "quote", "quoteTranslation", "revision", "publishedAt", "createdAt", "updatedAt")
SELECT "id", 1, "value", "asOf", "asOfPrecision", "sourceId", "quote", "quoteTranslation", "version", "publishedAt", "createdAt", "updatedAt" FROM "Figure";
INSERT INTO "ObservationRevision" ("observationId", "revision", "value", "asOf", "asOfPrecision", "sourceId", "quote", "quoteTranslation", "reason", "publishedAt")
SELECT o."id", r."version", r."value", r."asOf", r."asOfPrecision", r."sourceId", r."quote", r."quoteTranslation", r."reason", r."publishedAt"
FROM "FigureRevision" r JOIN "Observation" o ON o."figureId" = r."figureId";
UPDATE "FigureRevision" SET "observationId" = (SELECT o."id" FROM "Observation" o WHERE o."figureId" = "FigureRevision"."figureId"), "observationRevision" = "version";

-- AlterTable
ALTER TABLE "Figure" DROP COLUMN "asOf",
DROP COLUMN "asOfPrecision",
DROP COLUMN "quote",
DROP COLUMN "quoteTranslation",
DROP COLUMN "sourceId",
DROP COLUMN "value";
