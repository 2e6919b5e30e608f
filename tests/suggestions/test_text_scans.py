"""Stored scans (suggestions.scans): what drafting and sending store, what training reads, and
the version that makes a stored scan stale."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from suggestions import processes, scans, templating
from suggestions.models import TextScan
from suggestions.scans import (
    text_scans_save,
    text_scans_store,
    text_scans_stored,
)
from suggestions.templating import (
    TEMPLATING_VERSION,
    KnownFacts,
    Placeholder,
    scan_decoded,
    scan_encoded,
    scanned_forms,
    text_key,
    text_scan,
    to_template,
)

FIXTURES = Path(__file__).parent / "fixtures"

# The scans of the fixed texts below, by TEMPLATING_VERSION. A change to the patterns, cues or
# word lists that moves what some text's scan finds must raise TEMPLATING_VERSION (stored scans of
# the old version are then made again) and add the new digest here under the new version; a
# digest once recorded is never changed.
SCAN_DIGESTS = {
    1: "8976b6ad8a24dcbcdc039c6435f71e131516c4270dd1a070eae10e6c317fbe4e",
    2: "c5b49f45612d9d4ab2b18d8f710c61e9f95c966e9b7a2b205af2b6700584c300",
    3: "7de14665b110ce32907563b1a870a5951ec2096c6edc257b3ab909319b4120e9",
    4: "75edb5fcbeb359dae5233c0a28e674d1e092814b518638a7fa693aa3db6045eb",
    5: "ec8a2f9056133dca2e0779392c44b61a146542b9d1b61184ad7173d770be88dd",
    6: "20893c789ec570ec89d684a20fd237fd3387b6d3c5311eda358a4ecd06db0b29",
    7: "7680b793eda51feede879a5c4f330f736077f5f3a18889dae56ffcab7eb2d80c",
    8: "4f6f4e4346bb404931dfb901da1c561f0d3725c38c197b7eb53f5a6569796191",
    9: "9503ca02e0be6ff59dbc485c5190d5a4e3950ec6d8d8dc84b7ccdd55d783729a",
    10: "6f50871b6fc214d4cac5e612aaa4ac6ec3f99adf93666a8f5478910c071e5ded",
    11: "1e84c4bfcad1f7295f16b5fcc332767ff0e8738295bb91e6187404313493f153",
    12: "8adecc4077dede996ea54a9c0c73e104b795e4762a129e8da89b4469e67fee63",
    13: "2fcb5f8d8486603513fc71c62d349cd2311c8d23af33ceae6db7c5d5f6ccbd06",
    14: "70a206649b48a60f0139242d522c6d41f2290349bce243a5a045cb95f88bb6c7",
}


def scans_digest() -> str:
    texts = json.loads((FIXTURES / "templating_texts.json").read_text())
    texts += [
        "Claim {CLM-2026-0041877} for {Maria Lopez}",
        "Dr. Imelda Vantongeren {at} 555-201-4478",
        # Version 10 moved none of the texts above; these show what it moved.
        "hi bill here, c/o Ines Halvorsen, 45 Pine St, Duluth, MN 55802, $618/mo, POB 332",
        # Version 11: sentence words before a kind of care are no provider's name.
        "Every nonprofit hospital has a financial counseling office; ask how they handle medical"
        " debt.",
        # Version 12: first names that are words where a cue says a person, names joined by
        # "and", a lower-case id prefix before short digit groups, "kindred" in a place's name.
        "This is rusty calling. Please tell amber that. Chase and Brook Hollister moved; id is"
        " bcx 44 1902 77, kindred spirits hospice has it.",
        # Version 13: words about a bill, a plan or an item before a kind of care, public bodies
        # and a share are no provider and no amount.
        "An unpaid medical collection, an HSA-qualified high-deductible health plan, Health and"
        " Human Services; la farmacia usa los números; paid at 100%, so you owe nothing.",
        # Version 14: a month after a clinician's name, a shouted inverted name whose first name
        # is a rare word, a paper's last four, a first name that is a word said of someone.
        "Ordering: NAIR, SUNIL. Talk to will, he's my son; last 4 on the form were 7781; Dr Heron"
        " Jan 9.",
    ]
    found = [
        [[[start, end, kind.value] for start, end, kind in part] for part in text_scan(form)]
        for text in texts
        for form in sorted(scanned_forms(text))
    ]
    return hashlib.sha256(json.dumps(found).encode()).hexdigest()


def test_the_scans_of_fixed_texts_change_only_with_the_templating_version():
    digest = scans_digest()
    assert digest == SCAN_DIGESTS.get(TEMPLATING_VERSION), (
        "what the scan finds changed: raise TEMPLATING_VERSION in suggestions/templating.py and "
        f"record {digest} under it in SCAN_DIGESTS"
    )
    assert len(set(SCAN_DIGESTS.values())) == len(SCAN_DIGESTS), "a digest was re-recorded"


def test_a_scan_is_stored_as_offsets_and_kinds_and_read_back_as_it_was():
    text = "Hi, Maria Lopez here, claim CLM-2026-0041877 for $1,240.50 on March 3, 2026."
    detected = text_scan(text)
    assert any(detected) and scan_decoded(scan_encoded(detected)) == detected
    assert "Lopez" not in scan_encoded(detected) and "0041877" not in scan_encoded(detected)


@pytest.mark.django_db
def test_stored_scans_are_filed_under_each_form_training_scans_and_read_back():
    text = "My {weird} bill from Lakeview Family Medicine, claim CLM-2026-0041877"
    text_scans_store([text])
    stored = text_scans_stored()
    assert set(stored) == {text_key(form) for form in scanned_forms(text)} and len(stored) == 2
    assert all(
        scan_decoded(stored[text_key(form)]) == text_scan(form) for form in scanned_forms(text)
    )
    assert set(TextScan.objects.values_list("version", flat=True)) == {TEMPLATING_VERSION}


@pytest.mark.django_db
def test_a_scan_of_another_version_is_not_read_and_training_s_save_drops_it(monkeypatch):
    old = "Call me at 555-201-4478"
    TextScan.objects.create(key=text_key(old).hex(), version=TEMPLATING_VERSION - 1,
                            found=scan_encoded(((), (), ())))  # fmt: skip
    assert text_scans_stored() == {}
    new = "Thanks, Ben!"
    text_scans_save({text_key(new): text_scan(new)})
    assert list(TextScan.objects.values_list("key", "version")) == [
        (text_key(new).hex(), TEMPLATING_VERSION)
    ]


@pytest.mark.django_db
def test_raising_the_version_makes_every_stored_scan_stale(monkeypatch):
    text_scans_store(["Hi, this is Maria Lopez about claim CLM-2026-0041877"])
    assert text_scans_stored()
    monkeypatch.setattr(scans, "TEMPLATING_VERSION", TEMPLATING_VERSION + 1)
    assert text_scans_stored() == {}


def test_the_key_is_keyed_with_the_secret(settings):
    text = "Maria Lopez, W482917365"
    before = text_key(text)
    assert before != hashlib.blake2b(text.encode(), digest_size=16).digest()
    templating._text_key_secret.cache_clear()
    settings.SECRET_KEY = "another-secret-key-for-this-test-only-0123456789-abcdefghijkl"
    try:
        assert text_key(text) != before
    finally:
        templating._text_key_secret.cache_clear()


def pair_templates(job, shared):
    text, known = job
    return to_template(text, known)


def test_normalising_with_stored_scans_scans_nothing_and_gives_the_same_templates(monkeypatch):
    texts = [
        "Hi, I'm Maria Lopez, my claim CLM-2026-0041877 from Riverside Imaging Center says $310",
        "Call me at 555-201-4478 or maria.lopez84@example.com, thanks",
        "My husband Tom saw Dr. Imelda Vantongeren on March 3, 2026",
    ] * 3
    known = KnownFacts(member_first_name="Maria", member_last_name="Lopez",
                       record_values=(("$310", Placeholder.MEMBER_OWES),))  # fmt: skip
    jobs = [(text, known) for text in texts]
    full = list(processes.map_normalising(pair_templates, jobs, texts=lambda job: [job[0]]))
    # As training reads them: encoded, decoded in the worker that uses one.
    stored = {
        text_key(form): scan_encoded(text_scan(form))
        for text in texts
        for form in scanned_forms(text)
    }

    def no_scan(text):
        raise AssertionError(f"scanned again: {text!r}")

    monkeypatch.setattr(templating, "_detected", no_scan)
    for cores in (1, 2):
        monkeypatch.setattr(processes, "MINIMUM_JOBS", 1 if cores == 2 else 2000)
        made: dict = {}
        again = list(
            processes.map_normalising(
                pair_templates, jobs, texts=lambda job: [job[0]], processes=cores,
                scans=dict(stored), made=made,
            )
        )  # fmt: skip
        assert again == full and made == {}
    assert "Lopez" not in " ".join(full) and "{MEMBER_OWES}" in full[0]


@pytest.mark.django_db
def test_a_member_message_s_scan_is_stored_when_drafting_reads_it_model_or_not(thread):
    from suggestions import drafting
    from tests.factories import MessageFactory

    first = MessageFactory(thread=thread, text="Hi, Maria Lopez here about CLM-2026-0041877")
    second = MessageFactory(thread=thread, text="also the $310 from Riverside Imaging Center")
    assert drafting.draft_create(second.pk) == "no active model"
    context = f"{first.text}\n{second.text}"  # what training reads: every message since a reply
    assert text_scans_stored() == {text_key(context): scan_encoded(text_scan(context))}


@pytest.mark.django_db
def test_a_reply_s_scan_is_stored_when_it_is_sent(as_user, agent, thread):
    from tests.factories import MessageFactory
    from tests.suggestions.test_review import send

    MessageFactory(thread=thread, text="Why do I owe this?")
    text = f"Hi {thread.member.first_name}, we are looking into it. Ana"
    response = send(as_user(agent), thread, text)
    assert response.status_code == 200, response.content.decode()
    assert text_scans_stored() == {text_key(text): scan_encoded(text_scan(text))}


@pytest.mark.django_db
def test_arrival_keeps_a_stored_row_and_training_replaces_a_stale_one():
    text = "Thanks!"
    key = text_key(text)
    TextScan.objects.create(key=key.hex(), version=TEMPLATING_VERSION - 1, found="[[],[],[]]")
    text_scans_store([text])  # arrival: no update, no row lock on another send's row
    assert TextScan.objects.get(key=key.hex()).version == TEMPLATING_VERSION - 1
    text_scans_save({key: text_scan(text)})  # training: the scan it made replaces the stale one
    row = TextScan.objects.get(key=key.hex())
    assert (row.version, row.found) == (TEMPLATING_VERSION, scan_encoded(text_scan(text)))
