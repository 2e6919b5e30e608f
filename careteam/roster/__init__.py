"""Loading the plan's member roster: members and their coverage from an X12 834, a FHIR bundle of
Patient and Coverage resources, or the roster CSV (see README, "Loading the member roster").

`roster_import` reads the whole file first (careteam.roster.x12, .fhir, .table: the format is
told from the content, not the name), then applies it in memory, then writes it in one
transaction: a file with any problem stores nothing and every problem is reported with its
file, row or segment, and field. Importing the same file again changes nothing.

For the importing teams only: a member id held by a member those teams do not serve is refused
in the same words as an unknown id in a change, termination or reinstatement (an import must not
tell anyone what another team's roster holds). Every member the file names is enrolled with the
importing teams. A change never erases a known fact with one the file leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from careteam.models import AuditEvent, Coverage, Member, Team, User
from careteam.roster import fhir, table, x12
from careteam.roster.records import Action, CoverageRecord, MemberRecord, Problem, Problems, text_of

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
NOT_SERVED = "no member with id {member_id} among your team's members"
_FACTS = ("first_name", "last_name", "date_of_birth", "sex", "state", "language")
_CHUNK = 5000

__all__ = ["MAX_UPLOAD_BYTES", "NOT_SERVED", "Problem", "RosterImportResult", "roster_import"]


@dataclass
class RosterImportResult:
    filename: str
    format: str = ""
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    members_added: int = 0
    members_changed: int = 0
    members_unchanged: int = 0
    coverages_started: int = 0
    coverages_ended: int = 0
    coverages_reopened: int = 0
    enrolled: int = 0

    @property
    def rejected(self) -> bool:
        return self.problem_count > 0


def roster_import(
    *,
    data: bytes,
    filename: str,
    teams: list[Team],
    actor: User | None,
    request: HttpRequest | None = None,
) -> RosterImportResult:
    """Add, change, terminate and reinstate the members a roster file names, for `teams`."""
    result = RosterImportResult(filename=filename)
    problems = Problems(filename)
    records = _read(data, result, problems)
    if not teams:
        problems.add("file", "team", "a roster is loaded for at least one team")
        records = []
    if records:  # checked against the roster even when some rows are bad: one full report
        try:
            with transaction.atomic():
                roster = _Roster(records, teams, result, problems)
                if not problems:
                    roster.write(actor, request)
                if problems:
                    transaction.set_rollback(True)
        except IntegrityError:
            problems.add(
                "file",
                "member_id",
                "another import changed these members at the same "
                "time; nothing was stored: import the file again",
            )
    if problems:
        keep = result.format
        result = RosterImportResult(filename=filename, format=keep)
        result.problems, result.problem_count = problems.items, problems.count
    return result


def _read(data: bytes, result: RosterImportResult, problems: Problems) -> list[MemberRecord]:
    text = text_of(data, problems)
    if text is None:
        return []
    if "\x00" in text:
        problems.add("file", "encoding", "contains NUL bytes: not a text file")
        return []
    if x12.looks_like_834(text):
        result.format = "x12-834"
        return x12.parse(text, problems)
    if fhir.looks_like_fhir(text):
        result.format = "fhir"
        return fhir.parse(text, problems)
    result.format = "csv"
    return table.parse(text, problems)


@dataclass
class _State:
    member: Member
    coverages: list[Coverage]
    facts_before: tuple[object, ...] | None  # None for a member this file adds
    ends_before: dict[int, date | None]  # coverage pk -> ends_on as loaded


class _Roster:
    """The file applied in memory to the members it names; `write` stores the differences."""

    def __init__(
        self,
        records: list[MemberRecord],
        teams: list[Team],
        result: RosterImportResult,
        problems: Problems,
    ) -> None:
        self.teams, self.result, self.problems = teams, result, problems
        self.states: dict[str, _State] = {}
        team_pks = [team.pk for team in teams]
        ids = sorted({record.member_id for record in records})
        existing: dict[str, Member] = {}
        served: set[int] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for member in Member.objects.select_for_update(of=("self",)).filter(
                member_id__in=chunk
            ):
                existing[member.member_id] = member
            served.update(
                Member.objects.served_by(team_pks)
                .filter(member_id__in=chunk)
                .values_list("pk", flat=True)
            )
        self.hidden = {member_id for member_id, m in existing.items() if m.pk not in served}
        coverages: dict[int, list[Coverage]] = {}
        pks = sorted(served)
        for start in range(0, len(pks), _CHUNK):
            for coverage in Coverage.objects.filter(member_id__in=pks[start : start + _CHUNK]):
                coverages.setdefault(coverage.member_id, []).append(coverage)
        for member_id, member in existing.items():
            if member.pk in served:
                own = sorted(coverages.get(member.pk, []), key=lambda c: c.pk)
                self.states[member_id] = _State(
                    member, own, _facts(member), {c.pk: c.ends_on for c in own}
                )
        for record in records:
            self._apply(record)

    def _apply(self, record: MemberRecord) -> None:
        state = None if record.member_id in self.hidden else self.states.get(record.member_id)
        if state is None and (record.action != Action.ADD or record.member_id in self.hidden):
            self.problems.add(
                record.where, "member id", NOT_SERVED.format(member_id=record.member_id)
            )
            return
        if state is None:
            if not (record.first_name and record.last_name and record.date_of_birth):
                self.problems.add(
                    record.where,
                    "name and date of birth",
                    "a new member needs a first name, last name and date of birth",
                )
                return
            member = Member(member_id=record.member_id, sex=Member.Sex.UNKNOWN, state="", plan="")
            state = self.states[record.member_id] = _State(member, [], None, {})
        for name in _FACTS:
            value = getattr(record, name)
            if value:  # what the file leaves out stays as known
                setattr(state.member, name, value)
        if record.action in (Action.ADD, Action.CHANGE):
            for coverage in record.coverages:
                self._upsert(state, coverage)
        elif record.action == Action.TERMINATE:
            for coverage in record.coverages or (CoverageRecord(plan="", ends_on=record.ends_on),):
                if coverage.ends_on is not None:
                    self._end(state, coverage.plan, coverage.ends_on)
        else:
            self._reinstate(state, record.coverages)

    def _upsert(self, state: _State, record: CoverageRecord) -> None:
        if record.starts_on is None:  # a coverage ended without saying when it began
            if record.ends_on is not None:
                self._end(state, record.plan, record.ends_on)
            return
        for coverage in state.coverages:
            if coverage.plan == record.plan and coverage.starts_on == record.starts_on:
                if record.ends_on is not None:
                    coverage.ends_on = record.ends_on
                return
        state.coverages.append(
            Coverage(plan=record.plan, starts_on=record.starts_on, ends_on=record.ends_on)
        )

    def _end(self, state: _State, plan: str, on: date) -> None:
        mine = [c for c in state.coverages if not plan or c.plan == plan]
        running = [c for c in mine if c.ends_on is None or c.ends_on > on]
        for coverage in running:
            coverage.ends_on = on
        if not mine:  # the end is recorded even when no roster said when the coverage began
            state.coverages.append(
                Coverage(plan=plan or state.member.plan or "unknown", starts_on=None, ends_on=on)
            )

    def _reinstate(self, state: _State, records: tuple[CoverageRecord, ...]) -> None:
        if records:
            for record in records:
                mine = [
                    c
                    for c in state.coverages
                    if c.plan == record.plan and record.starts_on in (None, c.starts_on)
                ]
                if mine:
                    latest = max(mine, key=lambda c: (c.ends_on is None, c.ends_on or date.min))
                    latest.ends_on = None
                elif record.starts_on is not None:
                    state.coverages.append(Coverage(plan=record.plan, starts_on=record.starts_on))
            return
        if not state.coverages or any(c.ends_on is None for c in state.coverages):
            return  # nothing ended, so nothing to reinstate
        last_end = max(c.ends_on for c in state.coverages if c.ends_on is not None)
        for coverage in state.coverages:
            if coverage.ends_on == last_end:
                coverage.ends_on = None

    def write(self, actor: User | None, request: HttpRequest | None) -> None:
        result, today = self.result, timezone.localdate()
        new_members, changed_members = [], []
        new_coverages: list[tuple[_State, Coverage]] = []
        changed_coverages: list[Coverage] = []
        for state in self.states.values():
            current = [c for c in state.coverages if c.ends_on is None or c.ends_on >= today]
            started = [c for c in current if c.starts_on is None or c.starts_on <= today]
            chosen = max(started or current, key=lambda c: c.starts_on or date.min, default=None)
            if chosen is not None:
                state.member.plan = chosen.plan[:100]
            elif not state.member.plan and state.coverages:
                state.member.plan = state.coverages[-1].plan[:100]
            coverage_changed = False
            for coverage in state.coverages:
                if coverage.pk is None:
                    new_coverages.append((state, coverage))
                    result.coverages_started += coverage.ends_on is None
                    result.coverages_ended += coverage.ends_on is not None
                    coverage_changed = True
                elif state.ends_before[coverage.pk] != coverage.ends_on:
                    changed_coverages.append(coverage)
                    coverage_changed = True
                    if coverage.ends_on is None:
                        result.coverages_reopened += 1
                    else:
                        result.coverages_ended += 1
            if state.facts_before is None:
                new_members.append(state.member)
                result.members_added += 1
            elif state.facts_before != _facts(state.member):
                changed_members.append(state.member)
                result.members_changed += 1
            elif coverage_changed:
                result.members_changed += 1
            else:
                result.members_unchanged += 1
        # bulk_update writes one CASE per field with a branch per row: small batches keep it
        # about linear in the rows changed.
        Member.objects.bulk_create(new_members, batch_size=1000)
        Member.objects.bulk_update(changed_members, [*_FACTS, "plan"], batch_size=200)
        for state, coverage in new_coverages:
            coverage.member = state.member
        Coverage.objects.bulk_create([c for _, c in new_coverages], batch_size=1000)
        # Terminations share their last day: one UPDATE per distinct day, not a CASE per row.
        by_end: dict[date | None, list[int]] = {}
        for coverage in changed_coverages:
            by_end.setdefault(coverage.ends_on, []).append(coverage.pk)
        now = timezone.now()
        for ends_on, pks in by_end.items():
            for start in range(0, len(pks), _CHUNK):
                Coverage.objects.filter(pk__in=pks[start : start + _CHUNK]).update(
                    ends_on=ends_on, updated_at=now
                )
        self._enrol()
        self._audit(actor, request, new_members, changed_members, changed_coverages, new_coverages)

    def _enrol(self) -> None:
        enrolment = Member.teams.through
        pks = [state.member.pk for state in self.states.values()]
        already: set[tuple[int, int]] = set()
        for start in range(0, len(pks), _CHUNK):
            already.update(
                enrolment.objects.filter(
                    member_id__in=pks[start : start + _CHUNK], team__in=self.teams
                ).values_list("member_id", "team_id")
            )
        wanted = [
            enrolment(member_id=pk, team_id=team.pk)
            for pk in pks
            for team in self.teams
            if (pk, team.pk) not in already
        ]
        enrolment.objects.bulk_create(wanted, batch_size=1000, ignore_conflicts=True)
        self.result.enrolled = len(wanted)

    def _audit(
        self,
        actor: User | None,
        request: HttpRequest | None,
        new_members: list[Member],
        changed_members: list[Member],
        changed_coverages: list[Coverage],
        new_coverages: list[tuple[_State, Coverage]],
    ) -> None:
        """One row for the import, and one per member it added or changed (ids and counts
        only: the audit trail never holds names or the file's name)."""
        result = self.result
        actor = actor if actor is not None and actor.is_authenticated else None
        request_id = getattr(request, "request_id", "") if request is not None else ""
        touched = {m.pk: "added" for m in new_members}
        touched.update({m.pk: "changed" for m in changed_members if m.pk not in touched})
        for coverage in changed_coverages:
            touched.setdefault(coverage.member_id, "coverage changed")
        for state, _coverage in new_coverages:
            touched.setdefault(state.member.pk, "coverage changed")
        teams = ",".join(str(team.pk) for team in self.teams)
        rows = [
            AuditEvent(
                actor=actor,
                member_id=pk,
                action=AuditEvent.Action.IMPORT_ROSTER,
                object_type="Member",
                object_id=str(pk),
                detail=f"roster {how} (teams {teams})",
                request_id=request_id,
            )
            for pk, how in touched.items()
        ]
        rows.append(
            AuditEvent(
                actor=actor,
                action=AuditEvent.Action.IMPORT_ROSTER,
                request_id=request_id,
                detail=(
                    f"teams {teams}: {result.format}, {result.members_added} added, "
                    f"{result.members_changed} changed, {result.members_unchanged} unchanged, "
                    f"{result.coverages_ended} coverages ended"
                )[:200],
            )
        )
        AuditEvent.objects.bulk_create(rows, batch_size=1000)


def _facts(member: Member) -> tuple[object, ...]:
    return (*(getattr(member, name) for name in _FACTS), member.plan)
