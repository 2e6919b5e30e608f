from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from careteam import api as careteam_api
from suggestions import api as suggestions_api


def version_named(label: str) -> suggestions_api.ModelVersion:
    """The model version called `label` (such as v3); CommandError when there is none."""
    version = suggestions_api.ModelVersion.objects.filter(label=label).first()
    if version is None:
        raise CommandError(f"No model version {label!r} (see list_models).")
    return version


class AnalystCommand(BaseCommand):
    """A command whose changes are audited with the analyst's identity."""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--analyst", help="username of the analyst running this (audited)")
        parser.add_argument("--system", action="store_true", help="run as the system")

    def actor(self, options: dict[str, object]) -> careteam_api.User | None:
        if options.get("system"):
            return None
        if not options.get("analyst"):
            raise CommandError("Say who is doing this: --analyst USERNAME (or --system).")
        user = get_user_model().objects.filter(username=options["analyst"]).first()
        if user is None or not careteam_api.user_can_run_training(user):
            raise CommandError(f"{options['analyst']!r} is not an analyst who may do this.")
        return user
