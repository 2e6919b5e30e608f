from django.db import migrations, models


def enrol_from_threads(apps, schema_editor):
    """A member is served by every team they already have a thread with (nothing visible today
    disappears); from now on enrolment is explicit."""
    Thread = apps.get_model("careteam", "Thread")
    Enrolment = apps.get_model("careteam", "Member").teams.through
    pairs = Thread.objects.values_list("member_id", "team_id").distinct().order_by()
    batch = []
    for member_id, team_id in pairs.iterator(chunk_size=5000):
        batch.append(Enrolment(member_id=member_id, team_id=team_id))
        if len(batch) >= 5000:
            Enrolment.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    Enrolment.objects.bulk_create(batch, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("careteam", "0010_audit_claims_actions"),
    ]

    operations = [
        migrations.AddField(
            model_name="member",
            name="teams",
            field=models.ManyToManyField(blank=True, related_name="members", to="careteam.team"),
        ),
        migrations.RunPython(enrol_from_threads, migrations.RunPython.noop),
    ]
