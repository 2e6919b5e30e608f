from django.core.management.base import CommandError, CommandParser

from suggestions import api as suggestions_api
from training.management.commands._common import AnalystCommand, version_named
from training.services import TrainingError, model_promote


class Command(AnalystCommand):
    help = (
        "Make a model version the active one (refused if worse on held-out data than the active, "
        "or if scan_model finds details of the records in it)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("label", help="the version, such as v3")
        parser.add_argument("--force", action="store_true", help="promote even if it is worse")
        parser.add_argument(
            "--despite-scan",
            action="store_true",
            help="promote although scan_model finds details of the records in it (audited; only "
            "when each finding is an everyday phrase such as a provider named 'Urgent Care')",
        )

    def handle(self, *args: object, **options: object) -> None:
        actor = self.actor(options)
        version = version_named(str(options["label"]))
        try:
            version, results = model_promote(
                version=version,
                actor=actor,
                force=bool(options["force"]),
                despite_scan=bool(options["despite_scan"]),
            )
        except (TrainingError, suggestions_api.RegistryError) as error:
            raise CommandError(str(error)) from None
        for label, evaluation in results.items():
            self.stdout.write(
                f"  {label}: top-1 {evaluation.top1:.1%}, top-3 {evaluation.top3:.1%}"
            )
        self.stdout.write(self.style.SUCCESS(f"{version.label} is now active."))
