"""Trigram indexes so inbox search stays fast on PostgreSQL with millions of messages.

Django's icontains compiles to UPPER(column::text) LIKE UPPER(%s) on PostgreSQL, so the
indexes are on UPPER(column). SQLite (the demo) has no such index type and skips this.
"""

from django.db import migrations

TRIGRAM_INDEXES = {
    "careteam_message_text_trgm": ('careteam_message', 'UPPER("text"::text)'),
    "careteam_member_first_trgm": ('careteam_member', 'UPPER("first_name"::text)'),
    "careteam_member_last_trgm": ('careteam_member', 'UPPER("last_name"::text)'),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, (table, expression) in TRIGRAM_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}) gin_trgm_ops)"
        )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS careteam_member_id_upper ON careteam_member "
        '(UPPER("member_id"::text))'
    )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in [*TRIGRAM_INDEXES, "careteam_member_id_upper"]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("careteam", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
