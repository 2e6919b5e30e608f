"""The audit table's foreign keys lose their own single-column indexes: audit_actor_idx
(actor, at) and audit_member_idx (member, at) lead with the same columns and serve every
lookup either served. Only the indexes are dropped; the foreign-key constraints stay as they
are (AlterField alone would drop and re-add them, checking every audit row again)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# Django's names for them (the same on every database).
_INDEXES = (
    ("careteam_auditevent_actor_id_05c2e215", "actor_id"),
    ("careteam_auditevent_member_id_8a9d95b0", "member_id"),
)


class Migration(migrations.Migration):
    dependencies = [
        ("careteam", "0026_conversation_version"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="auditevent",
                    name="actor",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="audit_events",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AlterField(
                    model_name="auditevent",
                    name="member",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="audit_events",
                        to="careteam.member",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    sql=f'DROP INDEX IF EXISTS "{name}"',
                    reverse_sql=f'CREATE INDEX IF NOT EXISTS "{name}" '
                    f'ON "careteam_auditevent" ("{column}")',
                )
                for name, column in _INDEXES
            ],
        ),
    ]
