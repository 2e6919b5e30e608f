from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _create_role_groups(sender: AppConfig, **kwargs: object) -> None:
    from careteam.roles import ensure_role_groups

    ensure_role_groups()


def _register_jobs() -> None:
    from django.conf import settings

    from careteam import jobs, safety, services

    jobs.register(
        services.DELIVER_REPLY,
        services.message_deliver,
        max_attempts=settings.DELIVERY_MAX_RETRIES + 1,
        on_give_up=services.message_mark_undeliverable,
    )
    jobs.register(safety.ALERT_EMAIL, safety.alert_email_send, max_attempts=5)


def _register_audit_actions() -> None:
    from careteam.audit import audit_actions_register
    from careteam.models import AuditEvent

    audit_actions_register(AuditEvent.Action)


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
        _register_jobs()
        _register_audit_actions()

        post_migrate.connect(_create_role_groups, sender=self)
        user_logged_in.connect(record_login_time, dispatch_uid="careteam.record_login_time")
        user_logged_out.connect(live.close_sockets_at_logout, dispatch_uid="careteam.live.logout")
        tasks_timing.connect()
