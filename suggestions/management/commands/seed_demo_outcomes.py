from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from suggestions.demo.replay import replay_history


class Command(BaseCommand):
    help = "Demo only: replay the newest answered messages so the dashboard has figures."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--newest", type=int, default=1500)

    def handle(self, *args: object, newest: int, **options: object) -> None:
        if not settings.DEBUG:
            raise CommandError("seed_demo_outcomes is for the demo (DEBUG=1) only.")
        recorded = replay_history(newest=newest)
        self.stdout.write(f"dashboard demo figures: {recorded} outcomes replayed")
