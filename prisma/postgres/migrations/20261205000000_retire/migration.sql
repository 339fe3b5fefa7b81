-- Retire, never delete: a retired record leaves lists, its pages stay and say when and why (issue 10).

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredReasonAr" TEXT,
ADD COLUMN     "retiredReasonEn" TEXT;

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredReasonAr" TEXT,
ADD COLUMN     "retiredReasonEn" TEXT;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredReasonAr" TEXT,
ADD COLUMN     "retiredReasonEn" TEXT;

-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "action" TEXT NOT NULL DEFAULT 'edit';

