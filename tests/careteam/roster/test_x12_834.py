"""The roster from X12 834 files: the public LinuxForHealth samples read as they say, in the order
a plan would send them, and broken envelopes refused with where and why."""

from __future__ import annotations

from datetime import date

import pytest

from careteam.models import Coverage, Member
from careteam.roster import roster_import
from tests.careteam.roster import SHARED
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db
LFH_834 = SHARED / "data" / "claims" / "samples" / "x12" / "lfh-834"


def load(name: str, team, data: bytes | None = None):  # type: ignore[no-untyped-def]
    content = data if data is not None else (LFH_834 / name).read_bytes()
    return roster_import(data=content, filename=name, teams=[team], actor=None)


def coverages(member_id: str) -> list[tuple[str, date | None, date | None]]:
    return list(
        Coverage.objects.filter(member__member_id=member_id)
        .order_by("starts_on", "plan")
        .values_list("plan", "starts_on", "ends_on")
    )


def test_an_enrollment_with_two_products_reads_the_member_and_both_coverages(team):
    result = load("enroll-employee-multiple-products.834", team)
    assert not result.rejected and result.format == "x12-834"
    assert (result.members_added, result.coverages_started, result.enrolled) == (1, 2, 1)
    member = Member.objects.get(member_id="123456789")  # NM1*IL09
    assert (member.first_name, member.last_name) == ("JOHN", "DOE")
    assert (member.date_of_birth, member.sex, member.state) == (date(1940, 8, 16), "M", "PA")
    assert coverages("123456789") == [
        ("HLT", date(1996, 6, 1), None),
        ("VIS", date(1996, 6, 1), None),
    ]
    assert member.plan == "HLT" and list(member.teams.all()) == [team]


def test_a_managed_care_enrollment_ignores_the_primary_care_provider_loop(team):
    # Its DTP*358 is not a member-level date the guide allows: tolerated, since we do not read it.
    result = load("enroll-employee-managed-care.834", team)
    assert not result.rejected, result.problems
    member = Member.objects.get(member_id="202443307")
    assert (member.first_name, member.last_name, member.state) == ("WILLIAM", "SMITH", "PA")
    assert member.date_of_birth == date(1970, 6, 14)
    assert coverages("202443307") == [("HMO", date(1996, 6, 1), None)]


def test_a_dependent_is_added_changed_terminated_and_reinstated_in_the_order_sent(team):
    assert load("add-dependent.834", team).members_added == 1
    assert coverages("103229876") == [("HLT", date(1996, 6, 1), None)]
    changed = load("change-subscriber-information.834", team)
    assert (changed.members_changed, changed.members_added) == (1, 0)
    member = Member.objects.get(member_id="103229876")
    # The corrected name and birth date (NM1*IL, DMG); the NM1*70 "incorrect member name" loop
    # after it is the old one and is not read.
    assert (member.first_name, member.date_of_birth) == ("JAMES", date(1950, 4, 15))
    ended = load("terminate-subscriber-eligibility.834", team)
    assert ended.coverages_ended == 1
    assert coverages("103229876") == [("HLT", date(1996, 6, 1), date(1996, 8, 1))]  # DTP*357
    reinstated = load("reinstate-employee.834", team)
    assert reinstated.coverages_reopened == 1
    assert coverages("103229876") == [("HLT", date(1996, 6, 1), None)]
    cancelled = load("cancel-dependent.834", team)
    assert cancelled.coverages_ended == 1
    assert coverages("103229876") == [("HLT", date(1996, 6, 1), date(1996, 8, 1))]


def test_coverage_added_to_a_known_subscriber_and_a_reinstatement_of_a_running_one(team):
    MemberFactory(member_id="2024433307", teams=[team], plan="HMO")
    result = load("add-subscriber-coverage.834", team)  # INS03 001 with HD 021 DEN
    assert (result.members_changed, result.coverages_started) == (1, 1)
    assert coverages("2024433307") == [("DEN", date(2002, 7, 1), None)]
    load("enroll-employee-managed-care.834", team)
    # Reinstating a member whose coverage never ended changes nothing.
    again = load("reinstate-member-eligiblity-ins.834", team)
    assert (again.members_unchanged, again.coverages_reopened) == (1, 0)


@pytest.mark.parametrize("name", sorted(path.name for path in LFH_834.glob("*.834")))
def test_every_sample_imports_once_then_changes_nothing(team, name):
    # Members the change, termination and reinstatement samples name, as the add samples have
    # them (the files were written as a sequence, not each to stand alone).
    for member_id in ("103229876", "2024433307", "202443307"):
        MemberFactory(member_id=member_id, teams=[team])
    first = load(name, team)
    assert not first.rejected, first.problems
    snapshot = (
        list(Member.objects.order_by("pk").values()),
        list(Coverage.objects.order_by("pk").values_list("plan", "starts_on", "ends_on")),
    )
    again = load(name, team)
    assert not again.rejected
    assert (again.members_added, again.members_changed, again.enrolled) == (0, 0, 0)
    assert again.members_unchanged >= 1
    assert snapshot == (
        list(Member.objects.order_by("pk").values()),
        list(Coverage.objects.order_by("pk").values_list("plan", "starts_on", "ends_on")),
    )


def test_a_change_for_an_unknown_member_is_refused_with_its_segment(team):
    result = load("add-subscriber-coverage.834", team)
    assert [(p.location, p.field, p.message) for p in result.problems] == [
        ("segment 8 (INS)", "member id", "no member with id 2024433307 among your team's members")
    ]
    assert not Member.objects.exists() and not Coverage.objects.exists()


def sample_with(replace: dict[str, str]) -> bytes:
    text = (LFH_834 / "demo.834").read_text()
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new)
    return text.encode()


def test_bad_elements_we_read_are_refused_with_segment_and_element(team):
    data = sample_with({"DMG*D8*19400816*M~": "DMG*D8*19401316*X~", "N4*CAMP HILL*PA*": "N4*X*QQ*"})
    result = load("bad.834", team, data)
    found = {(p.location, p.field, p.message) for p in result.problems}
    assert ("segment 15 (DMG)", "DMG02 Member Birth Date", "not a valid date") in found
    assert ("segment 15 (DMG)", "DMG03 Gender Code", "not a valid code for this element") in found
    assert not Member.objects.exists()


def test_a_state_code_no_state_has_is_refused(team):
    result = load("bad.834", team, sample_with({"N4*CAMP HILL*PA*": "N4*CAMP HILL*QQ*"}))
    assert [(p.location, p.field, p.message) for p in result.problems] == [
        ("segment 14 (N4)", "N402 Member State Code", "not a valid code for this element")
    ]


def test_the_members_language_is_read_from_lui_as_iso_639_1(team):
    data = sample_with(
        {"DMG*D8*19400816*M~": "DMG*D8*19400816*M~LUI*LE*spa**7~", "SE*18*": "SE*19*"}
    )
    assert not load("lui.834", team, data).rejected
    assert Member.objects.get(member_id="123456789").language == "es"
    unknown = sample_with(
        {"DMG*D8*19400816*M~": "DMG*D8*19400816*M~LUI*LE*qqq**7~", "SE*18*": "SE*19*"}
    )
    result = load("lui.834", team, unknown)
    assert [(p.location, p.field) for p in result.problems] == [
        ("segment 16 (LUI)", "LUI02 language")
    ]


def test_a_termination_without_its_last_day_is_refused(team):
    MemberFactory(member_id="103229876", teams=[team])
    data = (LFH_834 / "terminate-subscriber-eligibility.834").read_text()
    data = data.replace("DTP*357*D8*19960801~", "").replace("SE*10*", "SE*9*")
    result = load("t.834", team, data.encode())
    assert [(p.location, p.field) for p in result.problems] == [
        ("segment 7 (INS)", "DTP*357 eligibility end")
    ]


def test_a_wrong_segment_count_is_refused_as_an_envelope_error(team):
    result = load("count.834", team, sample_with({"SE*18*0001~": "SE*17*0001~"}))
    assert [(p.location, p.field) for p in result.problems] == [("segment 20 (SE)", "ST envelope")]
    assert "SE count of 17" in result.problems[0].message
    assert not Member.objects.exists()


def test_a_truncated_file_is_refused(team):
    text = (LFH_834 / "demo.834").read_text()
    result = load("cut.834", team, text[: text.index("HD*021**VIS")].encode())
    assert result.rejected and not Member.objects.exists()


def test_an_837_or_another_version_is_not_a_roster(team):
    data = sample_with({"005010X220A1~\nST": "005010X222A1~\nST"})
    result = load("claims.837", team, data)
    assert [(p.location, p.field) for p in result.problems] == [("segment 2 (GS)", "GS08 version")]


def test_a_terminator_other_than_the_one_isa_declares_is_named(team):
    text = (LFH_834 / "demo.834").read_text()
    header, rest = text[:106], text[106:]
    result = load("term.834", team, (header + rest.replace("~", "\n")).encode())
    assert result.rejected
    assert result.problems[0].field == "segment terminator"
    assert "'~'" in result.problems[0].message


def test_an_unknown_maintenance_type_is_refused(team):
    result = load("m.834", team, sample_with({"INS*Y*18*021*": "INS*Y*18*099*"}))
    assert [(p.location, p.field) for p in result.problems] == [
        ("segment 7 (INS)", "INS03 Maintenance Type Code")
    ]


def test_pyx12_findings_and_member_data_stay_out_of_the_logs(team):
    import logging

    class Recorder(logging.Handler):
        def __init__(self) -> None:
            super().__init__()
            self.records: list[logging.LogRecord] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.records.append(record)

    recorder, root = Recorder(), logging.getLogger()
    root.addHandler(recorder)
    try:
        data = sample_with({"DMG*D8*19400816*M~": "DMG*D8*19401316*X~"})
        result = load("bad.834", team, data)
    finally:
        root.removeHandler(recorder)
    assert result.rejected
    assert not [r for r in recorder.records if r.name.startswith("pyx12")]
    assert "19401316" not in " ".join(str(p) for p in result.problems)


def test_a_change_that_ends_one_coverage_of_two_keeps_the_other(team):
    load("enroll-employee-multiple-products.834", team)
    data = sample_with(
        {
            "INS*Y*18*021*": "INS*Y*18*001*",
            "HD*021**VIS~\nDTP*348*D8*19960601~": "HD*024**VIS~\nDTP*349*D8*20251231~",
        }
    )
    result = load("end-vision.834", team, data)
    assert (result.members_changed, result.coverages_ended) == (1, 1), result.problems
    assert coverages("123456789") == [
        ("HLT", date(1996, 6, 1), None),
        ("VIS", date(1996, 6, 1), date(2025, 12, 31)),
    ]


def test_one_bad_member_loop_of_two_stores_neither(team):
    text = (LFH_834 / "demo.834").read_text()
    start, end = text.index("INS*"), text.index("SE*")
    second = text[start:end].replace("123456789", "123456780").replace("19400816", "19401316")
    body = text[:end] + second + text[end:]
    body = body.replace("SE*18*", "SE*31*")
    result = load("two.834", team, body.encode())
    assert [(p.location, p.field) for p in result.problems] == [
        ("segment 28 (DMG)", "DMG02 Member Birth Date")
    ]
    assert not Member.objects.exists() and not Coverage.objects.exists()
    fixed = load("two.834", team, body.replace("19401316", "19400817").encode())
    assert not fixed.rejected and fixed.members_added == 2
