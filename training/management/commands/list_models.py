from django.core.management.base import BaseCommand

from suggestions import api as suggestions_api


class Command(BaseCommand):
    help = "List the model versions with their status and held-out metrics."

    def handle(self, *args: object, **options: object) -> None:
        versions = suggestions_api.ModelVersion.objects.select_related("trained_by").order_by("-pk")
        self.stdout.write(
            f"{'version':<8} {'status':<10} {'trained':<17} {'by':<10} "
            f"{'examples':>9} {'top-1':>7} {'top-3':>7} {'shown':>7}"
        )
        for version in versions:
            metrics = version.metrics
            self.stdout.write(
                f"{version.label:<8} {version.status:<10} {version.created_at:%Y-%m-%d %H:%M} "
                f"{(version.trained_by.username if version.trained_by else 'system'):<10} "
                f"{version.examples:>9,} {metrics.get('top1', 0):>7.1%} "
                f"{metrics.get('top3', 0):>7.1%} {metrics.get('coverage', 0):>7.1%}"
            )
