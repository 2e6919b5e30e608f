"""From loaded tables to findings: what the Celery task does (load, build Reference, run)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from claims.checks import run_checks
from claims.reference.loading import current_reference_version, load_reference
from claims.reference.lookup import reference_from_database
from tests.claims.builders import claim, ids, line

FIXTURES = Path(__file__).parent / "fixtures"
pytestmark = pytest.mark.django_db


def test_checks_read_the_loaded_tables_through_reference_from_database() -> None:
    load_reference("mue", [FIXTURES / "mue_practitioner_cms_layout.csv"])
    load_reference("ptp", [FIXTURES / "ccipra_v321r0_synthetic.txt"])
    reference = reference_from_database()

    subject = claim(
        line(1, "10001"),
        line(2, "10003", modifiers=("59",)),  # indicator 0: the modifier does not help
        line(3, "J1100", units=Decimal(11)),
    )

    assert reference.version == current_reference_version()
    assert sorted(ids(run_checks(subject, history=[], reference=reference))) == [
        "mue-units",
        "ptp-pair",
    ]


def test_the_reference_is_rebuilt_only_when_a_table_changes(tmp_path: Path) -> None:
    load_reference("mue", [FIXTURES / "mue_practitioner_cms_layout.csv"])
    first = reference_from_database()

    assert reference_from_database() is first

    newer = tmp_path / "mue_practitioner.csv"
    newer.write_text("hcpcs,mue_value,mai\nJ1100,12,3\n", encoding="utf-8")
    load_reference("mue", [newer])
    second = reference_from_database()

    assert second is not first
    assert second.mue_limit("practitioner", "J1100").value == 12
    assert (
        run_checks(claim(line(1, "J1100", units=Decimal(11))), history=[], reference=second) == []
    )
