from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"

    def ready(self) -> None:
        from careteam.api import register_audit_actions, register_job
        from claims import audit
        from claims.services import checks

        register_audit_actions(audit.AuditAction)
        register_job(checks.CHECK_CLAIM, checks.claims_check, max_attempts=5)
        register_job(
            checks.CHECK_BATCH, checks.claims_check_batch, max_attempts=5, lease_seconds=3600
        )
        register_job(
            checks.RECHECK_ALL, checks.claims_recheck_all, max_attempts=5, lease_seconds=4 * 3600
        )
