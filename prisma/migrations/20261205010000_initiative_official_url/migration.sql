-- The initiative's own page, where citizens read how to take part (null when its source names none).
ALTER TABLE "Initiative" ADD COLUMN "officialUrl" TEXT;
