from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _create_role_groups(sender: AppConfig, **kwargs: object) -> None:
    from careteam.roles import ensure_role_groups

    ensure_role_groups()


class CareteamConfig(AppConfig):
    name = "careteam"
    verbose_name = "Care team"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from careteam import access, aggregates
        from careteam.live import publish as live
        from careteam.middleware import record_login_time
        from careteam.telemetry import tasks_timing

        aggregates.register()
        access.connect_signals()

        post_migrate.connect(_create_role_groups, sender=self)
        user_logged_in.connect(record_login_time, dispatch_uid="careteam.record_login_time")
        user_logged_out.connect(live.close_sockets_at_logout, dispatch_uid="careteam.live.logout")
        tasks_timing.connect()
