from django.apps import AppConfig


class SuggestionsConfig(AppConfig):
    name = "suggestions"

    def ready(self) -> None:
        from careteam.api import member_message_stored, register_reply_check, reply_stored
        from suggestions import (
            aggregates,  # noqa: F401 (gives SQLite connections a MEDIAN)
            factcheck,
            statements,
        )
        from suggestions.drafting import draft_on_member_message
        from suggestions.review import outcome_on_reply

        member_message_stored.connect(draft_on_member_message, dispatch_uid="suggestions.draft")
        reply_stored.connect(outcome_on_reply, dispatch_uid="suggestions.outcome")
        register_reply_check("unfilled-placeholders", factcheck.unfilled_placeholders)
        register_reply_check("unmatched-facts", factcheck.unmatched_facts)
        register_reply_check("claim-statements", statements.claim_statements)
