-- CreateTable
CREATE TABLE "ChangelogEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityType" TEXT NOT NULL,
    "entitySlug" TEXT NOT NULL,
    "version" INTEGER,
    "changes" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FigureRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "figureId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "labelAr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "definitionAr" TEXT NOT NULL,
    "definitionEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL,
    "asOfPrecision" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "governorateId" INTEGER,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteTranslation" TEXT,
    "reason" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FigureRevision_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FigureRevision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Existing versions become full snapshots, filled from their figure.
INSERT INTO "new_FigureRevision" ("id", "figureId", "version", "labelAr", "labelEn", "definitionAr", "definitionEn", "unit", "measure", "value", "asOf", "asOfPrecision", "scope", "governorateId", "sourceId", "quote", "quoteTranslation", "reason", "publishedAt", "createdAt")
SELECT r."id", r."figureId", r."version", f."labelAr", f."labelEn", f."definitionAr", f."definitionEn", f."unit", f."measure", r."value", r."asOf", r."asOfPrecision", f."scope", f."governorateId", r."sourceId", r."quote", f."quoteTranslation", r."reason", r."createdAt", r."createdAt"
FROM "FigureRevision" r JOIN "Figure" f ON f."id" = r."figureId";
DROP TABLE "FigureRevision";
ALTER TABLE "new_FigureRevision" RENAME TO "FigureRevision";
CREATE INDEX "FigureRevision_publishedAt_idx" ON "FigureRevision"("publishedAt");
CREATE UNIQUE INDEX "FigureRevision_figureId_version_key" ON "FigureRevision"("figureId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ChangelogEntry_publishedAt_idx" ON "ChangelogEntry"("publishedAt");

-- CreateIndex
CREATE INDEX "ChangelogEntry_entityType_entitySlug_idx" ON "ChangelogEntry"("entityType", "entitySlug");


-- Existing versions enter the public changelog.
INSERT INTO "ChangelogEntry" ("entityType", "entitySlug", "version", "changes", "reason", "publishedAt")
SELECT 'figure', f."slug", r."version", json_array(json_object('field', 'value', 'from', NULL, 'to', r."value")), r."reason", r."publishedAt"
FROM "FigureRevision" r JOIN "Figure" f ON f."id" = r."figureId";
