"""A counter that moves whenever anything an inbox or a conversation shows may have changed.

A statement-level trigger on threads, messages, members and team enrolments takes the next
value of a sequence, so a background poll can tell "nothing new" from one cheap read
(selectors.poll_version) and answer 204 without querying or rendering the page. Sequences are
not transactional and take no lock, so writers never wait on each other for it. PostgreSQL only:
elsewhere there is no counter and every poll renders.
"""

from django.db import migrations

TABLES = (
    "careteam_thread",
    "careteam_message",
    "careteam_member",
    "careteam_member_teams",
    "careteam_user_teams",
)

CREATE = """
CREATE SEQUENCE IF NOT EXISTS careteam_change_seq;
CREATE OR REPLACE FUNCTION careteam_note_change() RETURNS trigger AS $$
BEGIN
    PERFORM nextval('careteam_change_seq');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
""" + "".join(
    f"""
DROP TRIGGER IF EXISTS careteam_note_change ON {table};
CREATE TRIGGER careteam_note_change
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION careteam_note_change();
"""
    for table in TABLES
)

DROP = "".join(f"DROP TRIGGER IF EXISTS careteam_note_change ON {table};\n" for table in TABLES) + (
    "DROP FUNCTION IF EXISTS careteam_note_change();\nDROP SEQUENCE IF EXISTS careteam_change_seq;\n"
)


def create_counter(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_counter(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("careteam", "0019_shortcuts_pref")]

    operations = [migrations.RunPython(create_counter, drop_counter)]
