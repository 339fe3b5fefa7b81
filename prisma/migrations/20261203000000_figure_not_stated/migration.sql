-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "notStated" TEXT NOT NULL DEFAULT '[]',
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
    "notStated" TEXT NOT NULL DEFAULT '[]',
    "observationId" INTEGER,
    "observationRevision" INTEGER,
    "locator" TEXT,
    "valueNote" TEXT,
    "reason" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FigureRevision_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FigureRevision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_FigureRevision" ("asOf", "asOfPrecision", "createdAt", "definitionAr", "definitionEn", "figureId", "governorateId", "id", "labelAr", "labelEn", "locator", "measure", "observationId", "observationRevision", "publishedAt", "quote", "quoteTranslation", "reason", "scope", "sourceId", "unit", "value", "valueNote", "version") SELECT "asOf", "asOfPrecision", "createdAt", "definitionAr", "definitionEn", "figureId", "governorateId", "id", "labelAr", "labelEn", "locator", "measure", "observationId", "observationRevision", "publishedAt", "quote", "quoteTranslation", "reason", "scope", "sourceId", "unit", "value", "valueNote", "version" FROM "FigureRevision";
DROP TABLE "FigureRevision";
ALTER TABLE "new_FigureRevision" RENAME TO "FigureRevision";
CREATE INDEX "FigureRevision_publishedAt_idx" ON "FigureRevision"("publishedAt");
CREATE UNIQUE INDEX "FigureRevision_figureId_version_key" ON "FigureRevision"("figureId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

