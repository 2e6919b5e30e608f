"""The inbox counts' index, and a short pending list for the search's trigram indexes.

A GIN index keeps new entries in an unsorted pending list until a vacuum (or the list reaching
gin_pending_list_limit, 4 MB by default) merges them, and every search reads that whole list:
with 10,000 members just loaded and not yet vacuumed, the member search took 8 ms against
0.1 ms once merged (bench/load.py's data). At 128 kB (16 pages: about 120 messages or 550
members at the bench's density) a search reads at most that much of a pending list; the writer
that fills the list merges it.
"""

from django.db import migrations, models

TRIGRAM_INDEXES = ["careteam_message_text_trgm", "careteam_member_first_trgm",
                   "careteam_member_last_trgm"]  # fmt: skip
PENDING_LIST_KB = 128


def limit_pending_lists(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        schema_editor.execute(
            f"ALTER INDEX IF EXISTS {name} SET (gin_pending_list_limit = {PENDING_LIST_KB})"
        )


def default_pending_lists(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        schema_editor.execute(f"ALTER INDEX IF EXISTS {name} RESET (gin_pending_list_limit)")


class Migration(migrations.Migration):
    dependencies = [
        ("careteam", "0024_thread_queue_groups_index"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="thread",
            index=models.Index(
                condition=models.Q(("status", "closed"), _negated=True),
                fields=["team", "assignee"],
                name="thread_open_counts_idx",
            ),
        ),
        migrations.RunPython(limit_pending_lists, default_pending_lists),
    ]
