"""The rollups' histograms packed as arrays instead of JSON objects (summed as arrays by the
dashboard). The old rows are dropped and the rolled-up mark cleared, so the dashboard computes
from the outcomes until the next rollup run (the beat job, or `manage.py rollup_outcomes`)."""

from django.db import migrations, models

MEASURES = ("similarity", "to_send", "with_draft", "draft_not_used", "without_draft")


def forget_rollups(apps, schema_editor):
    apps.get_model("suggestions", "OutcomeRollup").objects.all().delete()
    apps.get_model("suggestions", "RollupState").objects.update(rolled_until=None)


class Migration(migrations.Migration):
    dependencies = [
        ("suggestions", "0008_rollups"),
    ]

    operations = [
        migrations.RunPython(forget_rollups, migrations.RunPython.noop),
        *(migrations.RemoveField(model_name="outcomerollup", name=name) for name in MEASURES),
        *(
            migrations.AddField(
                model_name="outcomerollup", name=name, field=models.BinaryField(default=b"")
            )
            for name in MEASURES
        ),
    ]
