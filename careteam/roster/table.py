"""The roster CSV (see README, "Loading the member roster"): one member, and at most one of their
coverages, per row; a member with several coverages has several rows.

Columns (a header row names them, in any order; unknown columns are refused):
member_id (required), action (add: a new member, or a change to a known one, the default;
change: a known member only; terminate; reinstate),
first_name, last_name, date_of_birth (YYYY-MM-DD), sex (F, M, U), state (USPS code or name),
language (ISO 639-1, BCP 47 or ISO 639-2), plan, coverage_start, coverage_end (YYYY-MM-DD).
"""

from __future__ import annotations

import csv
import io

from careteam.roster.records import (
    Action,
    CoverageRecord,
    MemberRecord,
    Problems,
    check_birth_date,
    check_member_id,
    check_name,
    check_plan,
    parse_date,
    parse_language,
    parse_sex,
    parse_state,
)

COLUMNS = (
    "member_id", "action", "first_name", "last_name", "date_of_birth", "sex", "state",
    "language", "plan", "coverage_start", "coverage_end",
)  # fmt: skip
_ACTIONS = {
    "": Action.ADD,
    "add": Action.ADD,
    "change": Action.CHANGE,
    "terminate": Action.TERMINATE,
    "reinstate": Action.REINSTATE,
}


def parse(text: str, problems: Problems) -> list[MemberRecord]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in reader.fieldnames or []]
    except csv.Error as error:
        problems.add("row 1", "header", f"not CSV: {error}")
        return []
    unknown = [name for name in header if name not in COLUMNS]
    if unknown or "member_id" not in header:
        problems.add(
            "row 1",
            "header",
            (
                "unknown column(s) " + ", ".join(repr(name[:40]) for name in unknown[:5]) + "; "
                if unknown
                else "no member_id column; "
            )
            + "the columns are "
            + ", ".join(COLUMNS),
        )
        return []
    reader.fieldnames = header
    records: list[MemberRecord] = []
    try:
        for raw in reader:
            where = f"row {reader.line_num}"
            if None in raw:
                problems.add(where, "row", "more fields than the header names")
                continue
            row = {name: (value or "").strip() for name, value in raw.items()}
            if not any(row.values()):
                continue
            before = problems.count
            record = _record(where, row, problems)
            if record is not None and problems.count == before:  # a bad row is not applied
                records.append(record)
    except csv.Error as error:
        problems.add(f"row {reader.line_num}", "row", f"not CSV: {error}")
    if not records and not problems:
        problems.add("row 2", "member_id", "the file holds no member")
    return records


def _record(where: str, row: dict[str, str], problems: Problems) -> MemberRecord | None:
    action = _ACTIONS.get(row.get("action", "").lower())
    if action is None:
        problems.add(where, "action", "must be add, change, terminate or reinstate (or empty)")
        return None
    member_id = check_member_id(row.get("member_id", ""), where, "member_id", problems)
    dob = parse_date(row.get("date_of_birth", ""), where, "date_of_birth", problems)
    check_birth_date(dob, where, "date_of_birth", problems)
    plan = check_plan(row.get("plan", ""), where, "plan", problems)
    start = parse_date(row.get("coverage_start", ""), where, "coverage_start", problems)
    end = parse_date(row.get("coverage_end", ""), where, "coverage_end", problems)
    coverages: tuple[CoverageRecord, ...] = ()
    if action in (Action.ADD, Action.CHANGE) and (plan or start or end):
        if not plan or start is None:
            problems.add(
                where,
                "plan" if not plan else "coverage_start",
                "a coverage needs its plan and coverage_start",
            )
        coverages = (CoverageRecord(plan=plan, starts_on=start, ends_on=end),)
    elif action == Action.TERMINATE:
        if end is None:
            problems.add(where, "coverage_end", "a termination needs the last covered day")
        coverages = (CoverageRecord(plan=plan, starts_on=start, ends_on=end),) if plan else ()
    elif action == Action.REINSTATE and plan:
        coverages = (CoverageRecord(plan=plan, starts_on=start),)
    return MemberRecord(
        where=where,
        action=action,
        member_id=member_id,
        first_name=check_name(row.get("first_name", ""), where, "first_name", problems),
        last_name=check_name(row.get("last_name", ""), where, "last_name", problems),
        date_of_birth=dob,
        sex=parse_sex(row.get("sex", ""), where, "sex", problems),
        state=parse_state(row.get("state", ""), where, "state", problems),
        language=parse_language(row.get("language", ""), where, "language", problems),
        coverages=coverages,
        ends_on=end if action == Action.TERMINATE else None,
    )
