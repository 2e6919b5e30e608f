from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.demo import DemoOrderError, demo_claims_seed


class Command(BaseCommand):
    help = (
        "Load the demo claims (the sample file and generated claims, with planted problems) "
        "for the demo members with an open thread, through the import service; idempotent."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="load demo rows although DEBUG is off (tests only; never on real data)",
        )

    def handle(self, *args: object, allow_without_debug: bool, **options: object) -> None:
        if not settings.DEBUG and not allow_without_debug:
            raise CommandError("seed_demo_claims is for the demo: it runs only with DEBUG=1.")
        try:
            demo_claims_seed(stdout=self.stdout)
        except DemoOrderError as error:
            raise CommandError(str(error)) from None
