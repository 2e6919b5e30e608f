from django.core.management.base import BaseCommand

from suggestions.drafting import drafts_backfill


class Command(BaseCommand):
    help = "Draft replies for open threads whose latest member message has none (after training)."

    def handle(self, *args: object, **options: object) -> None:
        self.stdout.write(f"Drafting replies for {drafts_backfill()} open thread(s).")
