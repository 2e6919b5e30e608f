from django import forms

from careteam import api as careteam_api


class DashboardFilterForm(forms.Form):
    since = forms.DateField(required=False, label="From", widget=forms.DateInput({"type": "date"}))
    until = forms.DateField(required=False, label="To", widget=forms.DateInput({"type": "date"}))
    topic = forms.ChoiceField(required=False, label="Topic")
    agent = forms.TypedChoiceField(required=False, label="Agent", coerce=int, empty_value=None)
    bucket = forms.ChoiceField(
        required=False, label="Per", choices=[("day", "day"), ("week", "week")]
    )

    def __init__(self, *args: object, agents: list[careteam_api.StaffMember], **kwargs: object):
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        topic, agent = self.fields["topic"], self.fields["agent"]
        assert isinstance(topic, forms.ChoiceField) and isinstance(agent, forms.ChoiceField)
        topic.choices = [("", "All topics"), *careteam_api.THREAD_TOPICS]
        agent.choices = [("", "All agents")] + [
            (str(agent.user_id), agent.name) for agent in agents
        ]

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", "The end of the range is before its start.")
        if since and until and (until - since).days > 731:
            self.add_error("since", "Choose at most two years.")
        return data
