-- The published history is append-only: changelog entries, the figure and observation revisions they made
-- and the hash chain refuse any update or delete (as AuditEvent does). SQLite has no TRUNCATE.

CREATE TRIGGER "ChangelogEntry_no_update" BEFORE UPDATE ON "ChangelogEntry"
BEGIN
    SELECT RAISE(ABORT, 'ChangelogEntry is append-only');
END;

CREATE TRIGGER "ChangelogEntry_no_delete" BEFORE DELETE ON "ChangelogEntry"
BEGIN
    SELECT RAISE(ABORT, 'ChangelogEntry is append-only');
END;

CREATE TRIGGER "FigureRevision_no_update" BEFORE UPDATE ON "FigureRevision"
BEGIN
    SELECT RAISE(ABORT, 'FigureRevision is append-only');
END;

CREATE TRIGGER "FigureRevision_no_delete" BEFORE DELETE ON "FigureRevision"
BEGIN
    SELECT RAISE(ABORT, 'FigureRevision is append-only');
END;

CREATE TRIGGER "ObservationRevision_no_update" BEFORE UPDATE ON "ObservationRevision"
BEGIN
    SELECT RAISE(ABORT, 'ObservationRevision is append-only');
END;

CREATE TRIGGER "ObservationRevision_no_delete" BEFORE DELETE ON "ObservationRevision"
BEGIN
    SELECT RAISE(ABORT, 'ObservationRevision is append-only');
END;

CREATE TRIGGER "HistoryLink_no_update" BEFORE UPDATE ON "HistoryLink"
BEGIN
    SELECT RAISE(ABORT, 'HistoryLink is append-only');
END;

CREATE TRIGGER "HistoryLink_no_delete" BEFORE DELETE ON "HistoryLink"
BEGIN
    SELECT RAISE(ABORT, 'HistoryLink is append-only');
END;
