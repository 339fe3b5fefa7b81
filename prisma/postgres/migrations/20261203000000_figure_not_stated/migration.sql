-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "notStated" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "FigureRevision" ADD COLUMN     "notStated" TEXT NOT NULL DEFAULT '[]';

