from django import forms

from claims.records import Severity
from claims.services.flags import MAX_REASON

DATE = forms.DateInput({"type": "date"})


class WorklistFilterForm(forms.Form):
    check = forms.CharField(max_length=64, required=False, label="Check")
    severity = forms.ChoiceField(
        choices=[("", "Any severity"), *[(s.value, s.value.capitalize()) for s in Severity]],
        required=False,
    )
    payer = forms.CharField(max_length=100, required=False, strip=True, label="Payer")
    provider = forms.CharField(max_length=100, required=False, strip=True, label="Provider")
    since = forms.DateField(required=False, label="Service from", widget=DATE)
    until = forms.DateField(required=False, label="Service to", widget=DATE)


class FlagDecisionForm(forms.Form):
    reason = forms.CharField(
        label="Reason",
        max_length=MAX_REASON,
        min_length=3,
        widget=forms.TextInput({"placeholder": "Why (recorded)", "autocomplete": "off"}),
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Claims file (X12 837/835, FHIR JSON, CSV, or a zip of them)",
        allow_empty_file=False,
    )
