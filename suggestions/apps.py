from django.apps import AppConfig


class SuggestionsConfig(AppConfig):
    name = "suggestions"

    def ready(self) -> None:
        from careteam.api import member_message_stored
        from suggestions.services import draft_on_member_message

        member_message_stored.connect(draft_on_member_message, dispatch_uid="suggestions.draft")
