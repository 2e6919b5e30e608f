"""The audit table is append-only in the database itself, whatever the application does.

UPDATE is always refused; DELETE only for rows older than six years (the shortest retention
HIPAA allows), so a retention purge works and nothing younger can be erased. TRUNCATE is left
to the database owner (test suites use it to reset tables).
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION careteam_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.at < now() - interval '6 years' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'careteam_auditevent is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS careteam_audit_append_only ON careteam_auditevent;
CREATE TRIGGER careteam_audit_append_only
    BEFORE UPDATE OR DELETE ON careteam_auditevent
    FOR EACH ROW EXECUTE FUNCTION careteam_audit_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS careteam_audit_append_only ON careteam_auditevent;
DROP FUNCTION IF EXISTS careteam_audit_append_only();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("careteam", "0002_postgres_search_indexes")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
