-- AlterTable
ALTER TABLE "FigureRevision" ADD COLUMN "locator" TEXT;
ALTER TABLE "FigureRevision" ADD COLUMN "observationId" INTEGER;
ALTER TABLE "FigureRevision" ADD COLUMN "observationRevision" INTEGER;
ALTER TABLE "FigureRevision" ADD COLUMN "valueNote" TEXT;

-- CreateTable
CREATE TABLE "SourceArchive" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "figureId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL,
    "asOfPrecision" TEXT NOT NULL,
    "periodStart" DATETIME,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteTranslation" TEXT,
    "locator" TEXT,
    "valueNote" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Observation_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Observation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ObservationRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "observationId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL,
    "asOfPrecision" TEXT NOT NULL,
    "periodStart" DATETIME,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteTranslation" TEXT,
    "locator" TEXT,
    "valueNote" TEXT,
    "reason" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ObservationRevision_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "Observation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ObservationRevision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Each figure's current value becomes its observation 1, and its versions become that observation's revisions,
-- so nothing published is lost, and a value its quote does not state is flagged when read, never hidden.
INSERT INTO "Observation" ("figureId", "number", "value", "asOf", "asOfPrecision", "sourceId", "quote", "quoteTranslation", "revision", "publishedAt", "createdAt", "updatedAt")
SELECT "id", 1, "value", "asOf", "asOfPrecision", "sourceId", "quote", "quoteTranslation", "version", "publishedAt", "createdAt", "updatedAt" FROM "Figure";
INSERT INTO "ObservationRevision" ("observationId", "revision", "value", "asOf", "asOfPrecision", "sourceId", "quote", "quoteTranslation", "reason", "publishedAt")
SELECT o."id", r."version", r."value", r."asOf", r."asOfPrecision", r."sourceId", r."quote", r."quoteTranslation", r."reason", r."publishedAt"
FROM "FigureRevision" r JOIN "Observation" o ON o."figureId" = r."figureId";
UPDATE "FigureRevision" SET "observationId" = (SELECT o."id" FROM "Observation" o WHERE o."figureId" = "FigureRevision"."figureId"), "observationRevision" = "version";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "publisherAr" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "originAr" TEXT,
    "originEn" TEXT,
    "language" TEXT NOT NULL,
    "publishedOn" DATETIME,
    "publishedPrecision" TEXT NOT NULL,
    "url" TEXT,
    "quote" TEXT NOT NULL,
    "quoteTranslation" TEXT,
    "accessedOn" DATETIME,
    "kind" TEXT NOT NULL DEFAULT 'news-report',
    "workTitleAr" TEXT,
    "workTitleEn" TEXT,
    "authorAr" TEXT,
    "authorEn" TEXT,
    "archiveId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Source_archiveId_fkey" FOREIGN KEY ("archiveId") REFERENCES "SourceArchive" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("accessedOn", "createdAt", "id", "language", "originAr", "originEn", "publishedOn", "publishedPrecision", "publisherAr", "publisherEn", "quote", "quoteTranslation", "slug", "titleAr", "titleEn", "updatedAt", "url") SELECT "accessedOn", "createdAt", "id", "language", "originAr", "originEn", "publishedOn", "publishedPrecision", "publisherAr", "publisherEn", "quote", "quoteTranslation", "slug", "titleAr", "titleEn", "updatedAt", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");
CREATE TABLE "new_Figure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "labelAr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "definitionAr" TEXT NOT NULL,
    "definitionEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "governorateId" INTEGER,
    "initiativeId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Figure_governorateId_fkey" FOREIGN KEY ("governorateId") REFERENCES "Governorate" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Figure" ("createdAt", "definitionAr", "definitionEn", "governorateId", "id", "initiativeId", "labelAr", "labelEn", "measure", "publishedAt", "scope", "slug", "sortOrder", "unit", "updatedAt", "version") SELECT "createdAt", "definitionAr", "definitionEn", "governorateId", "id", "initiativeId", "labelAr", "labelEn", "measure", "publishedAt", "scope", "slug", "sortOrder", "unit", "updatedAt", "version" FROM "Figure";
DROP TABLE "Figure";
ALTER TABLE "new_Figure" RENAME TO "Figure";
CREATE UNIQUE INDEX "Figure_slug_key" ON "Figure"("slug");
CREATE TABLE "new_ChangelogEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityType" TEXT NOT NULL,
    "entitySlug" TEXT NOT NULL,
    "version" INTEGER,
    "action" TEXT NOT NULL DEFAULT 'update',
    "observationNumber" INTEGER,
    "changes" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_ChangelogEntry" ("changes", "entitySlug", "entityType", "id", "publishedAt", "reason", "version") SELECT "changes", "entitySlug", "entityType", "id", "publishedAt", "reason", "version" FROM "ChangelogEntry";
DROP TABLE "ChangelogEntry";
ALTER TABLE "new_ChangelogEntry" RENAME TO "ChangelogEntry";
CREATE INDEX "ChangelogEntry_publishedAt_idx" ON "ChangelogEntry"("publishedAt");
CREATE INDEX "ChangelogEntry_entityType_entitySlug_idx" ON "ChangelogEntry"("entityType", "entitySlug");
CREATE TABLE "new_Breakdown" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "figureId" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "sourceId" INTEGER,
    "quote" TEXT,
    "locator" TEXT,
    "asOf" DATETIME,
    "asOfPrecision" TEXT,
    "periodStart" DATETIME,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Breakdown_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Breakdown_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Breakdown" ("createdAt", "dimension", "figureId", "id", "publishedAt", "sourceId", "titleAr", "titleEn") SELECT "createdAt", "dimension", "figureId", "id", "publishedAt", "sourceId", "titleAr", "titleEn" FROM "Breakdown";
DROP TABLE "Breakdown";
ALTER TABLE "new_Breakdown" RENAME TO "Breakdown";
CREATE INDEX "Breakdown_figureId_idx" ON "Breakdown"("figureId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "SourceArchive_sha256_key" ON "SourceArchive"("sha256");

-- CreateIndex
CREATE INDEX "Observation_sourceId_idx" ON "Observation"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_figureId_number_key" ON "Observation"("figureId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ObservationRevision_observationId_revision_key" ON "ObservationRevision"("observationId", "revision");

