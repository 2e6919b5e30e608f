import datetime as dt
import itertools

import pytest
from django.core.management import CommandError, call_command

from careteam.models import AuditEvent
from suggestions.api import ModelVersion, active_version, engine_load, engine_strings
from tests.factories import MemberFactory
from training.scan import strings_scan
from training.services import model_retrain_scheduled

pytestmark = pytest.mark.django_db


def test_values_are_found_in_any_case_spacing_and_date_form_and_counted_per_kind():
    strings = [
        "Hi there, I spoke with MARIA-LOPEZ yesterday about claim clm 2026 0042.",
        "Your visit on June 2, 2025 was billed twice; dr. quillfeather is in network.",
        "It was processed on 6/2/2025.",
    ]
    values = [
        ("member name", "Maria Lopez"),
        ("member name", "Ada Byron"),  # not there
        ("claim number", "CLM-2026-0042"),
        ("provider name", "Dr. Quillfeather"),
        ("date of service", "2025-06-02"),  # found in two forms, counted once
        ("date of birth", "1990-01-31"),
        ("member surname", "Li"),  # too short to search for: "li" is in too many words
    ]
    result = strings_scan(strings, values)
    assert dict(result.searched) == {
        "member name": 2, "claim number": 1, "provider name": 1, "date of service": 1,
        "date of birth": 1,
    }  # fmt: skip
    assert dict(result.found) == {
        "member name": 1, "claim number": 1, "provider name": 1, "date of service": 1,
        "date of birth": 0,
    }  # fmt: skip
    assert not result.clean
    assert strings_scan(["Maria Lopezzi", "claim CLM-2026-00421"], values).clean  # whole words


def test_a_model_trained_on_the_history_holds_none_of_the_records_details(history, analyst, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    capsys.readouterr()
    call_command("scan_model")
    shown = capsys.readouterr().out
    label = active_version().label
    assert "member name: 0 of" in shown and "member id: 0 of" in shown
    assert f"{label}: none of the records' details found." in shown


def _plant_a_member_the_model_names(version) -> None:  # type: ignore[no-untyped-def]
    """A member whose name is two words the model holds: as if de-identification had missed
    a name in the history."""
    words = max((text.split() for text in engine_strings(engine_load(version))), key=len)
    first, last = next(
        (first, last) for first, last in itertools.pairwise(words)
        if first.isalpha() and last.isalpha() and len(first + last) > 6
    )  # fmt: skip
    MemberFactory(first_name=first, last_name=last, date_of_birth=dt.date(1961, 3, 4))


def test_a_detail_the_model_holds_is_counted_and_fails_the_scan(history, analyst, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    version = active_version()
    _plant_a_member_the_model_names(version)
    capsys.readouterr()
    with pytest.raises(CommandError, match="holds details of the records"):
        call_command("scan_model", version.label)
    assert "member name: 1 of" in capsys.readouterr().out


def test_a_model_holding_a_detail_is_promoted_only_despite_the_scan_and_that_is_audited(
    history, analyst
):
    call_command("train_model", analyst=analyst.username)
    version = ModelVersion.objects.get()
    _plant_a_member_the_model_names(version)
    with pytest.raises(
        CommandError, match=r"holds details of the records \(1 member name, 1 member surname; "
    ):
        call_command("promote_model", version.label, analyst=analyst.username)
    with pytest.raises(CommandError, match=r"Not activated: v\d+ holds details of the records"):
        call_command("train_model", analyst=analyst.username, activate=True)
    assert active_version() is None
    call_command("promote_model", version.label, analyst=analyst.username, despite_scan=True)
    assert active_version() == version
    promoted = AuditEvent.objects.filter(detail__startswith="promoted").get()
    assert promoted.actor == analyst
    assert promoted.detail == (
        "promoted (previous: none); despite the scan finding 1 member name, 1 member surname"
    )


def test_scheduled_retraining_never_promotes_a_model_holding_a_detail(history, settings):
    settings.SUGGESTION_RETRAIN_PROMOTE = True
    settings.SUGGESTION_RETRAIN_MIN_TOP1 = 0.0
    call_command("train_model", system=True)
    _plant_a_member_the_model_names(ModelVersion.objects.get())
    outcome = model_retrain_scheduled()
    assert "not promoted" in outcome and "holds details of the records" in outcome
    assert active_version() is None


def test_an_unknown_version_is_named(db):
    with pytest.raises(CommandError, match="No model version 'v999999'"):
        call_command("scan_model", "v999999")
