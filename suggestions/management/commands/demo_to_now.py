from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from suggestions.demo.history import demo_bring_to_now


class Command(BaseCommand):
    help = (
        "Demo only: move the demo's conversations, written at a fixed date, to the present hour "
        "(after train_model, so the model does not depend on the build's day; once)."
    )

    def handle(self, *args: object, **options: object) -> None:
        if not settings.DEBUG:
            raise CommandError("demo_to_now is for the demo (DEBUG=1) only.")
        moved = demo_bring_to_now()
        if moved is None:
            self.stdout.write("Demo conversations stay where they are (moved already or in use).")
        else:
            hours = moved.days * 24 + moved.seconds // 3600
            self.stdout.write(f"Demo conversations moved {hours:,} hours later, to the present.")
