from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from careteam.models import AuditEvent


class Command(BaseCommand):
    help = "Delete audit rows older than AUDIT_RETENTION_DAYS (never younger than six years)."

    def handle(self, *args: object, **options: object) -> None:
        cutoff = timezone.now() - timedelta(days=settings.AUDIT_RETENTION_DAYS)
        deleted, _ = AuditEvent.objects.filter(at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} audit rows from before {cutoff:%Y-%m-%d}.")
