from django.apps import AppConfig


class SuggestionsConfig(AppConfig):
    name = "suggestions"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from careteam.api import (
            member_message_stored,
            register_audit_actions,
            register_job,
            register_reply_check,
            reply_stored,
        )
        from suggestions import (
            aggregates,  # noqa: F401 (gives SQLite connections a MEDIAN)
            audit,
            factcheck,
            rollups,
            statements,
        )
        from suggestions.drafting import DRAFT_REPLY, draft_create, draft_on_member_message
        from suggestions.review import outcome_on_reply

        register_audit_actions(audit.AuditAction)
        register_job(DRAFT_REPLY, draft_create, max_attempts=3)
        member_message_stored.connect(draft_on_member_message, dispatch_uid="suggestions.draft")
        reply_stored.connect(outcome_on_reply, dispatch_uid="suggestions.outcome")
        # A change to an outcome or draft of a day already rolled up: read that day afresh.
        from suggestions.models import Draft, Outcome

        for signal, name in ((post_save, "save"), (post_delete, "delete")):
            uid = f"suggestions.rollups.{name}"
            signal.connect(rollups.outcome_changed, sender=Outcome, dispatch_uid=uid + ".outcome")
            signal.connect(rollups.draft_changed, sender=Draft, dispatch_uid=uid + ".draft")
        register_reply_check("unfilled-placeholders", factcheck.unfilled_placeholders)
        register_reply_check("unmatched-facts", factcheck.unmatched_facts)
        register_reply_check("claim-statements", statements.claim_statements)
