from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _create_role_groups(sender: AppConfig, **kwargs: object) -> None:
    from careteam.roles import ensure_role_groups

    ensure_role_groups()


class CareteamConfig(AppConfig):
    name = "careteam"
    verbose_name = "Care team"

    def ready(self) -> None:
        post_migrate.connect(_create_role_groups, sender=self)
