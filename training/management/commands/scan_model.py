from django.core.management.base import BaseCommand, CommandError, CommandParser

from suggestions import api as suggestions_api
from training.management.commands._common import version_named
from training.scan import model_scan


class Command(BaseCommand):
    help = (
        "Search a model version's artifact for every name, surname, id, date of birth, provider, "
        "NPI, claim number and date of service the database holds; print how many of each kind "
        "were found (never the values). Exits with status 1 if any was found."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("label", nargs="?", help="the version, such as v3 (default: active)")

    def handle(self, *args: object, label: str | None, **options: object) -> None:
        version = version_named(label) if label else suggestions_api.active_version()
        if version is None:
            raise CommandError("No model is active; name a version (see list_models).")
        result = model_scan(version)
        for kind in sorted(result.searched):
            found, searched = result.found[kind], result.searched[kind]
            self.stdout.write(f"{kind}: {found} of {searched:,} found in {version.label}")
        if not result.clean:
            raise CommandError(
                f"{version.label} holds details of the records: retrain after de-identification "
                "takes them out, and do not promote it."
            )
        self.stdout.write(f"{version.label}: none of the records' details found.")
