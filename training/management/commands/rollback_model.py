from django.core.management.base import CommandError

from suggestions import api as suggestions_api
from training.management.commands._common import AnalystCommand


class Command(AnalystCommand):
    help = "Re-activate the model version that was active before the current one."

    def handle(self, *args: object, **options: object) -> None:
        actor = self.actor(options)
        try:
            version = suggestions_api.model_version_rollback(actor=actor)
        except suggestions_api.RegistryError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Rolled back: {version.label} is active again."))
