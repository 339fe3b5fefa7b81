-- CreateTable
CREATE TABLE "ChangeContributor" (
    "changeRequestId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "firstAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("changeRequestId", "userId"),
    CONSTRAINT "ChangeContributor_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChangeContributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- CreateTable
CREATE TABLE "HistoryLink" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entryId" INTEGER NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "sealedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ChangelogEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityType" TEXT NOT NULL,
    "entitySlug" TEXT NOT NULL,
    "version" INTEGER,
    "action" TEXT NOT NULL DEFAULT 'update',
    "observationNumber" INTEGER,
    "observationRevision" INTEGER,
    "publishedAlone" BOOLEAN NOT NULL DEFAULT false,
    "changes" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_ChangelogEntry" ("action", "changes", "entitySlug", "entityType", "id", "observationNumber", "publishedAt", "reason", "version") SELECT "action", "changes", "entitySlug", "entityType", "id", "observationNumber", "publishedAt", "reason", "version" FROM "ChangelogEntry";
DROP TABLE "ChangelogEntry";
ALTER TABLE "new_ChangelogEntry" RENAME TO "ChangelogEntry";
CREATE INDEX "ChangelogEntry_publishedAt_idx" ON "ChangelogEntry"("publishedAt");
CREATE INDEX "ChangelogEntry_entityType_entitySlug_idx" ON "ChangelogEntry"("entityType", "entitySlug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ChangeContributor_userId_idx" ON "ChangeContributor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryLink_entryId_key" ON "HistoryLink"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryLink_hash_key" ON "HistoryLink"("hash");


-- Backfill: every existing change's author is its first contributor
INSERT INTO "ChangeContributor" ("changeRequestId", "userId", "firstAt") SELECT "id", "authorId", "createdAt" FROM "ChangeRequest";

-- Backfill: an added observation published its revision 1
UPDATE "ChangelogEntry" SET "observationRevision" = 1 WHERE "action" = 'observation-add';
