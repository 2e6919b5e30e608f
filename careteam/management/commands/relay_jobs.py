import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from careteam import jobs


class Command(BaseCommand):
    help = "Publish due background jobs (the outbox relay), once or in a loop (instead of beat)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--loop", action="store_true", help="keep relaying until stopped")

    def handle(self, *args: object, loop: bool, **options: object) -> None:
        while True:
            published = jobs.relay()
            if published or not loop:
                self.stdout.write(f"Published {published} job(s).")
            if not loop:
                return
            time.sleep(settings.JOBS_RELAY_SECONDS)
