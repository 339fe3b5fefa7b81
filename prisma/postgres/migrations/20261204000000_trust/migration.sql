-- AlterTable
ALTER TABLE "ChangelogEntry" ADD COLUMN     "observationRevision" INTEGER,
ADD COLUMN     "publishedAlone" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ChangeContributor" (
    "changeRequestId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeContributor_pkey" PRIMARY KEY ("changeRequestId","userId")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "HistoryLink" (
    "seq" SERIAL NOT NULL,
    "entryId" INTEGER NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "sealedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HistoryLink_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ChangeContributor_userId_idx" ON "ChangeContributor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryLink_entryId_key" ON "HistoryLink"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryLink_hash_key" ON "HistoryLink"("hash");

-- AddForeignKey
ALTER TABLE "ChangeContributor" ADD CONSTRAINT "ChangeContributor_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeContributor" ADD CONSTRAINT "ChangeContributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Backfill: every existing change's author is its first contributor
INSERT INTO "ChangeContributor" ("changeRequestId", "userId", "firstAt") SELECT "id", "authorId", "createdAt" FROM "ChangeRequest";

-- Backfill: an added observation published its revision 1
UPDATE "ChangelogEntry" SET "observationRevision" = 1 WHERE "action" = 'observation-add';
