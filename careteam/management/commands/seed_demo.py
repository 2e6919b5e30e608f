from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from careteam.demo.seed import demo_seed


class Command(BaseCommand):
    help = "Load the deterministic demo data (staff, members, history, open threads); idempotent."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="load demo rows although DEBUG is off (tests only; never on real data)",
        )

    def handle(self, *args: object, allow_without_debug: bool, **options: object) -> None:
        if not settings.DEBUG and not allow_without_debug:
            raise CommandError("seed_demo is for the demo: it runs only with DEBUG=1.")
        counts = demo_seed(stdout=self.stdout)
        if not any(counts.values()):
            self.stdout.write("Demo data exists already; nothing changed.")
