"""The roster CSV and the rules every format shares: all or nothing, idempotent, a change never
erases, terminations and reinstatements, only the importing teams' members, audited."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.management import CommandError, call_command

from careteam.models import AuditEvent, Coverage, Member
from careteam.roster import roster_import
from careteam.roster.records import MAX_PROBLEMS
from tests.factories import MemberFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db
HEADER = (
    "member_id,action,first_name,last_name,date_of_birth,sex,state,language,plan,"
    "coverage_start,coverage_end\n"
)


def csv(*rows: str) -> bytes:
    return (HEADER + "".join(row + "\n" for row in rows)).encode()


def load(data: bytes, teams, actor=None):  # type: ignore[no-untyped-def]
    return roster_import(data=data, filename="roster.csv", teams=teams, actor=actor)


ADA = "R100001,,Ada,Lovelace,1960-12-10,F,New York,spa,Gold PPO,2025-01-01,"
BO = "R100002,add,Bo,Chen,1985-03-04,M,CA,zh-Hant,Silver HMO,2025-01-01,"


def test_members_are_added_with_coverage_enrolled_and_audited(team):
    admin = UserFactory(username="roster-admin", team=team)
    result = load(csv(ADA, BO), [team], actor=admin)
    assert not result.rejected and result.format == "csv"
    assert (result.members_added, result.coverages_started, result.enrolled) == (2, 2, 2)
    ada = Member.objects.get(member_id="R100001")
    assert (ada.first_name, ada.date_of_birth, ada.sex) == ("Ada", date(1960, 12, 10), "F")
    assert (ada.state, ada.language, ada.plan) == ("NY", "es", "Gold PPO")
    assert Member.objects.get(member_id="R100002").language == "zh"
    assert set(Member.objects.served_by([team.pk]).values_list("member_id", flat=True)) == {
        "R100001",
        "R100002",
    }
    events = AuditEvent.objects.filter(action="import_roster", actor=admin)
    assert events.filter(member=ada).count() == 1
    summary = events.get(member=None)
    assert "2 added" in summary.detail and "Ada" not in summary.detail
    # Again: nothing changes, nobody is audited as changed.
    again = load(csv(ADA, BO), [team], actor=admin)
    assert (again.members_unchanged, again.members_changed, again.enrolled) == (0 + 2, 0, 0)
    assert events.exclude(member=None).count() == 2


def test_a_change_keeps_what_the_file_leaves_out_and_a_new_plan_becomes_current(team):
    load(csv(ADA), [team])
    result = load(
        csv(
            "R100001,change,,,,,PA,,Gold PPO,2025-01-01,2025-06-30",
            "R100001,change,,,,,,,Platinum,2025-07-01,",
        ),
        [team],
    )
    assert (result.members_changed, result.coverages_started, result.coverages_ended) == (1, 1, 1)
    ada = Member.objects.get(member_id="R100001")
    assert (ada.first_name, ada.language, ada.state, ada.plan) == ("Ada", "es", "PA", "Platinum")
    assert list(ada.coverages.order_by("starts_on").values_list("plan", "ends_on")) == [
        ("Gold PPO", date(2025, 6, 30)),
        ("Platinum", None),
    ]


def test_terminate_then_reinstate(team):
    load(csv(ADA, BO), [team])
    ended = load(csv("R100001,terminate,,,,,,,,,2025-03-31"), [team])
    assert (ended.coverages_ended, ended.members_changed) == (1, 1)
    assert Coverage.objects.get(member__member_id="R100001").ends_on == date(2025, 3, 31)
    assert load(csv("R100001,terminate,,,,,,,,,2025-03-31"), [team]).members_unchanged == 1
    back = load(csv("R100001,reinstate,,,,,,,,,"), [team])
    assert back.coverages_reopened == 1
    assert Coverage.objects.get(member__member_id="R100001").ends_on is None
    assert load(csv("R100001,reinstate,,,,,,,,,"), [team]).members_unchanged == 1


def test_one_bad_row_stores_nothing_and_every_problem_names_row_and_field(team):
    rows = csv(
        ADA,
        "R100003,add,Cy,,1990-02-30,X,ZZ,qqq,Gold,2025-01-01,",
        "bad id!,add,Di,Li,2030-01-01,F,CA,en,,,",
        "R100004,fire,,,,,,,,,",
    )
    result = load(rows, [team])
    assert [(p.file, p.location, p.field) for p in result.problems] == [
        ("roster.csv", "row 3", "date_of_birth"),
        ("roster.csv", "row 3", "sex"),
        ("roster.csv", "row 3", "state"),
        ("roster.csv", "row 3", "language"),
        ("roster.csv", "row 4", "member_id"),
        ("roster.csv", "row 4", "date_of_birth"),
        ("roster.csv", "row 5", "action"),
    ]
    assert not Member.objects.exists() and not Coverage.objects.exists()
    assert not AuditEvent.objects.exists()


def test_a_new_member_needs_name_and_birth_date_and_a_termination_its_end(team):
    result = load(csv("R100005,add,Ed,,,,,,,,", "R100006,terminate,,,,,,,,,"), [team])
    assert [(p.location, p.field) for p in result.problems] == [
        ("row 3", "coverage_end"),
        ("row 2", "name and date of birth"),
    ]


def test_another_teams_member_is_refused_in_the_same_words_as_an_unknown_id(team, other_team):
    theirs = MemberFactory(member_id="R200001", teams=[other_team], first_name="Theirs")
    result = load(
        csv(
            "R200001,add,Eve,Mallory,1970-01-01,F,CA,en,Gold,2025-01-01,",
            "R200001,terminate,,,,,,,,,2025-01-31",
            "R299999,terminate,,,,,,,,,2025-01-31",
        ),
        [team],
    )
    assert [p.message for p in result.problems] == [
        "no member with id R200001 among your team's members",
        "no member with id R200001 among your team's members",
        "no member with id R299999 among your team's members",
    ]
    theirs.refresh_from_db()
    assert theirs.first_name == "Theirs" and list(theirs.teams.all()) == [other_team]
    assert not Coverage.objects.exists()


def test_a_member_both_teams_serve_is_enrolled_with_every_importing_team(team, other_team):
    third = TeamFactory(name="Third")
    MemberFactory(member_id="R100001", teams=[other_team])
    result = load(csv(ADA), [team, other_team, third])
    assert not result.rejected and result.enrolled == 2
    assert Member.objects.get(member_id="R100001").teams.count() == 3


def test_hostile_files_are_refused_without_storing_anything(team):
    cases = {
        b"\xff\xfe" + "member_id\nR1\n".encode("utf-16-le"): "encoding",
        b"member_id,first_name\nR1,A\x00B\n": "encoding",
        b"member_id,password\nR1,x\n": "header",
        b"first_name\nAda\n": "header",
        HEADER.encode(): "member_id",
        csv("R100001,add,Ada,L\x1b[31m,1960-01-01,F,CA,,,,"): "last_name",
        csv("R" + "9" * 40 + ",add,Ada,L,1960-01-01,F,CA,,,,"): "member_id",
        csv("R100001,add,Ada,L,1960-01-01,F,CA,,,,,extra"): "row",
        csv("R100001,add,Ada,L,1960-01-01,F,CA,,Gold,,"): "coverage_start",
    }
    for data, field in cases.items():
        result = load(data, [team])
        assert result.rejected and result.problems[0].field == field, (data[:40], result.problems)
    assert not Member.objects.exists()


def test_the_report_is_capped_but_counts_every_problem(team):
    rows = [f"R{n},add,A,B,1960-01-01,Q,CA,,,," for n in range(MAX_PROBLEMS + 50)]
    result = load(csv(*rows), [team])
    assert len(result.problems) == MAX_PROBLEMS and result.problem_count == MAX_PROBLEMS + 50


def test_the_command_imports_and_reports_problems(team, tmp_path, capsys):
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_bytes(csv(ADA))
    bad.write_bytes(csv("R100009,add,A,B,1960-01-01,Q,CA,,,,"))
    call_command("import_members", str(good), "--team", team.name)
    assert "1 added" in capsys.readouterr().out
    with pytest.raises(CommandError):
        call_command("import_members", str(bad), "--team", team.name)
    assert "bad.csv, row 2, sex: must be F, M or U" in capsys.readouterr().err
    with pytest.raises(CommandError, match="no team named"):
        call_command("import_members", str(good), "--team", "Nobody")


def test_no_team_no_roster(team):
    result = load(csv(ADA), [])
    assert [(p.location, p.field) for p in result.problems] == [("file", "team")]
    assert not Member.objects.exists()
