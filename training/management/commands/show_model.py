import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from suggestions import api as suggestions_api


class Command(BaseCommand):
    help = "Show one model version: who trained it, on what, its metrics and artifact."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("label", help="the version, such as v3")

    def handle(self, *args: object, label: str, **options: object) -> None:
        version = suggestions_api.ModelVersion.objects.filter(label=label).first()
        if version is None:
            raise CommandError(f"No model version {label!r} (see list_models).")
        by = version.trained_by.username if version.trained_by else "system"
        self.stdout.write(
            f"{version.label} ({version.status})\n"
            f"  trained {version.created_at:%Y-%m-%d %H:%M} by {by}; "
            f"data {version.data_from:%Y-%m-%d} to {version.data_until:%Y-%m-%d}; "
            f"{version.examples:,} examples\n"
            f"  artifact {version.artifact} sha256 {version.sha256}\n"
            f"  metrics {json.dumps(version.metrics, sort_keys=True)}\n"
            f"  parameters {json.dumps(version.parameters, sort_keys=True)}"
        )
