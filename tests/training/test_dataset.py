"""Training data normalised in worker processes is the data normalised in one process."""

from __future__ import annotations

import pytest

from suggestions import processes
from tests.suggestions.conftest import history  # noqa: F401 (the fixture, shared)
from training.dataset import pairs_from_history

pytestmark = pytest.mark.django_db


def test_pairs_normalised_over_the_cores_are_the_pairs_normalised_here(history, monkeypatch):  # noqa: F811
    monkeypatch.setattr(processes, "cores", lambda: 1)
    here = list(pairs_from_history())
    monkeypatch.setattr(processes, "cores", lambda: 2)
    monkeypatch.setattr(processes, "MINIMUM_JOBS", 1)
    monkeypatch.setattr(processes, "CHUNK", 5)
    over_cores = list(pairs_from_history())
    assert len(here) == 72 and over_cores == here
    assert all("Zelda" not in pair.context + pair.reply for pair in over_cores)


def test_pairs_with_each_distinct_text_scanned_once_are_the_pairs_normalised_one_by_one(
    history,  # noqa: F811
    monkeypatch,
):
    from careteam import api as careteam_api
    from suggestions import api as suggestions_api
    from training import dataset

    monkeypatch.setattr(processes, "cores", lambda: 2)
    monkeypatch.setattr(processes, "MINIMUM_JOBS", 1)
    monkeypatch.setattr(processes, "CHUNK", 5)
    shared = (tuple(careteam_api.staff_names()), suggestions_api.records_gazetteer(fresh=True))
    # Each example on its own, with no scan handed over from another.
    one_by_one = [
        dataset._normalised(example, shared) for example in dataset._examples(None, None, None)
    ]
    reused = list(pairs_from_history())
    assert reused == one_by_one


def _no_scan(text):
    raise AssertionError(f"scanned again: {text!r}")


def _stored_as_scanned() -> int:
    """How many of the history's texts have a stored scan equal to a scan made now (each text
    must have one)."""
    from careteam import api as careteam_api
    from suggestions.models import TextScan
    from suggestions.templating import scan_decoded, scanned_forms, text_key, text_scan

    stored = dict(TextScan.objects.values_list("key", "found"))
    forms = {
        form
        for example in careteam_api.reply_examples()
        for text in (example.context, example.reply)
        for form in scanned_forms(text)
    }
    assert all(text_key(form).hex() in stored for form in forms)
    return sum(scan_decoded(stored[text_key(form).hex()]) == text_scan(form) for form in forms)


def test_training_stores_its_scans_and_the_next_run_reuses_them_with_the_same_pairs_and_model(
    history,  # noqa: F811
    monkeypatch,
):
    from suggestions import api as suggestions_api
    from suggestions import templating
    from suggestions.models import TextScan

    full = list(pairs_from_history(stored_scans=False))  # scans every text, stores the scans
    assert _stored_as_scanned() == TextScan.objects.count() > 0
    monkeypatch.setattr(templating, "_detected", _no_scan)
    for cores in (1, 2):
        monkeypatch.setattr(processes, "cores", lambda cores=cores: cores)
        monkeypatch.setattr(processes, "MINIMUM_JOBS", 1)
        monkeypatch.setattr(processes, "CHUNK", 5)
        assert list(pairs_from_history()) == full
    # The same pairs make the same model: the same replies ranked the same for each message.
    from_full = suggestions_api.engine_fit(full)
    from_stored = suggestions_api.engine_fit(list(pairs_from_history()))
    assert [c.template for c in from_full.candidates] == [
        c.template for c in from_stored.candidates
    ]
    for pair in full[:12]:
        assert from_full.rank(pair.context, top=5) == from_stored.rank(pair.context, top=5)


def test_a_stale_stored_scan_is_made_again_and_replaced(history, monkeypatch):  # noqa: F811
    from suggestions import scans
    from suggestions.models import TextScan
    from suggestions.templating import TEMPLATING_VERSION, scan_encoded

    full = list(pairs_from_history(stored_scans=False))
    # Stored by an older version (or an older pattern set): found nothing, and must not be used.
    TextScan.objects.update(version=TEMPLATING_VERSION - 1, found=scan_encoded(((), (), ())))
    assert list(pairs_from_history()) == full
    assert set(TextScan.objects.values_list("version", flat=True)) == {TEMPLATING_VERSION}
    assert _stored_as_scanned() == TextScan.objects.count()
    # A version raised: every stored scan is stale, made again, and stored under the new one.
    monkeypatch.setattr(scans, "TEMPLATING_VERSION", TEMPLATING_VERSION + 1)
    assert list(pairs_from_history()) == full
    assert set(TextScan.objects.values_list("version", flat=True)) == {TEMPLATING_VERSION + 1}


def test_a_scan_stored_before_the_records_changed_still_loses_every_detail_training_removes(
    team, agent, monkeypatch
):
    """The scan stored when the message came in knows nothing of a claim, a provider, a member
    or a colleague added later; training lays the facts of its own day over it, so the template
    is the full path's and holds none of them."""
    import datetime as dt
    from decimal import Decimal

    from django.utils import timezone

    from careteam.models import Message, Thread
    from claims.models import Claim, ImportBatch, Provider
    from suggestions import templating
    from suggestions.scans import text_scans_store
    from suggestions.templating import to_template
    from tests.factories import MemberFactory, MessageFactory, ThreadFactory, UserFactory

    # The patterns alone: the learned finder already takes "laboratory" and "Ottoline" from the
    # text, and this test needs details only the facts of training's day can remove.
    monkeypatch.setattr(templating, "LEARNED_SPANS", False)
    member = MemberFactory(first_name="Zebedee", last_name="Marchbanks")
    at = timezone.now() - dt.timedelta(days=3)
    thread = ThreadFactory(team=team, member=member, status=Thread.Status.CLOSED, created_at=at)
    context = (
        "my daughter peregrine haverstock saw quillfeather diagnostics laboratory, they want "
        "$190.50 from me"
    )
    reply = (
        "Hi Zebedee, Ottoline here: Quillfeather Diagnostics Laboratory billed $190.50. Ottoline"
    )
    MessageFactory(thread=thread, text=context, created_at=at)
    MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=agent, text=reply,
                   created_at=at + dt.timedelta(minutes=5))  # fmt: skip
    text_scans_store([context])  # as drafting stores it when the message comes in
    text_scans_store([reply])  # as sending stores it
    planted = ["peregrine", "haverstock", "quillfeather", "laboratory", "Ottoline", "Zebedee"]
    # What the scan alone leaves: the records' names and the colleague are the facts' to take.
    assert {"laboratory", "Ottoline"} <= set(
        (to_template(context) + to_template(reply)).replace(",", " ").replace(".", " ").split()
    )
    # Afterwards: the relative joins as a member, the lab and the claim are imported, and the
    # colleague who signs the reply is given an account.
    MemberFactory(first_name="Peregrine", last_name="Haverstock")
    lab = Provider.objects.create(
        key="name:quillfeather", name="Quillfeather Diagnostics Laboratory"
    )
    batch = ImportBatch.objects.create(filename="c.csv", sha256="0" * 64, outcome="imported")
    Claim.objects.create(
        member=member, payer_key="ACME1", payer_name="Acme", claim_number="CLM-2026-4000001",
        kind="professional", status="paid", service_from=at.date(), service_to=at.date(),
        billing_provider=lab, billed=Decimal(300), patient_responsibility=Decimal("190.50"),
        batch=batch, content_hash="claim-1",
    )  # fmt: skip
    UserFactory(first_name="Ottoline", last_name="Brackenbury")
    full = list(pairs_from_history(stored_scans=False))
    monkeypatch.setattr(templating, "_detected", _no_scan)
    stored = list(pairs_from_history())
    assert stored == full and len(stored) == 1
    texts = (stored[0].context + " " + stored[0].reply).lower()
    assert not [word for word in planted if word.lower() in texts]
    assert "190.50" not in texts
