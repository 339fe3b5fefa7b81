-- The published history is append-only: changelog entries, the figure and observation revisions they made
-- and the hash chain refuse any update, delete or truncate, and the audit log refuses truncate as well.
-- The migration runner splits statements at every semicolon, even inside quotes, so the body writes its
-- semicolons as the escape \073.
CREATE FUNCTION "history_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN RAISE EXCEPTION ''% is append-only'', TG_TABLE_NAME\073 END\073';

CREATE TRIGGER "ChangelogEntry_no_update" BEFORE UPDATE ON "ChangelogEntry"
    FOR EACH ROW EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "ChangelogEntry_no_delete" BEFORE DELETE ON "ChangelogEntry"
    FOR EACH ROW EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "FigureRevision_no_update" BEFORE UPDATE ON "FigureRevision"
    FOR EACH ROW EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "FigureRevision_no_delete" BEFORE DELETE ON "FigureRevision"
    FOR EACH ROW EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "ObservationRevision_no_update" BEFORE UPDATE ON "ObservationRevision"
    FOR EACH ROW EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "ObservationRevision_no_delete" BEFORE DELETE ON "ObservationRevision"
    FOR EACH ROW EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "HistoryLink_no_update" BEFORE UPDATE ON "HistoryLink"
    FOR EACH ROW EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "HistoryLink_no_delete" BEFORE DELETE ON "HistoryLink"
    FOR EACH ROW EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "ChangelogEntry_no_truncate" BEFORE TRUNCATE ON "ChangelogEntry"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "FigureRevision_no_truncate" BEFORE TRUNCATE ON "FigureRevision"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "ObservationRevision_no_truncate" BEFORE TRUNCATE ON "ObservationRevision"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "HistoryLink_no_truncate" BEFORE TRUNCATE ON "HistoryLink"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_append_only"();
