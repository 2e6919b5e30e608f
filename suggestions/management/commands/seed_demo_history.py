from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from suggestions.demo.history import HistoryDataError, seed_demo_history


class Command(BaseCommand):
    help = (
        "Write the demo's past conversations and open threads, grounded in claims made for "
        "them (after seed_demo; DEBUG only; idempotent)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="load demo rows although DEBUG is off (tests only)",
        )

    def handle(self, *args: object, allow_without_debug: bool, **options: object) -> None:
        if not settings.DEBUG and not allow_without_debug:
            raise CommandError("seed_demo_history is for the demo: it runs only with DEBUG=1.")
        try:
            counts = seed_demo_history(stdout=self.stdout)
        except HistoryDataError as error:
            raise CommandError(str(error)) from error
        if not counts["threads"]:
            self.stdout.write("Demo history exists already; nothing changed.")
