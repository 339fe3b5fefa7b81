-- Retire, never delete: a retired record leaves lists, its pages stay and say when and why (issue 10).
-- AlterTable
ALTER TABLE "Source" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Source" ADD COLUMN "retiredReasonAr" TEXT;
ALTER TABLE "Source" ADD COLUMN "retiredReasonEn" TEXT;

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Initiative" ADD COLUMN "retiredReasonAr" TEXT;
ALTER TABLE "Initiative" ADD COLUMN "retiredReasonEn" TEXT;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Figure" ADD COLUMN "retiredReasonAr" TEXT;
ALTER TABLE "Figure" ADD COLUMN "retiredReasonEn" TEXT;

-- AlterTable: a change either edits a record or retires it; every change before this one edited.
ALTER TABLE "ChangeRequest" ADD COLUMN "action" TEXT NOT NULL DEFAULT 'edit';
