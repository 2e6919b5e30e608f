import json
from datetime import datetime

from django.core.management.base import BaseCommand, CommandParser

from training.management.commands._common import version_named


def _day(moment: datetime | None) -> str:
    # A version registered without its data's dates (they are optional) shows them as unknown.
    return f"{moment:%Y-%m-%d}" if moment else "unknown"


class Command(BaseCommand):
    help = "Show one model version: who trained it, on what, its metrics and artifact."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("label", help="the version, such as v3")

    def handle(self, *args: object, label: str, **options: object) -> None:
        version = version_named(label)
        by = version.trained_by.username if version.trained_by else "system"
        self.stdout.write(
            f"{version.label} ({version.status})\n"
            f"  trained {version.created_at:%Y-%m-%d %H:%M} by {by}; "
            f"data {_day(version.data_from)} to {_day(version.data_until)}; "
            f"{version.examples:,} examples\n"
            f"  artifact {version.artifact} sha256 {version.sha256}\n"
            f"  metrics {json.dumps(version.metrics, sort_keys=True)}\n"
            f"  parameters {json.dumps(version.parameters, sort_keys=True)}"
        )
