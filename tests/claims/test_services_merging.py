"""An 835 for a stored claim fills its adjudication line by line (merging), and the dispatcher
hands X12 and FHIR files to their parsers (uploads): stand-in parsers here."""

from __future__ import annotations

import dataclasses
import sys
import types
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from claims.models import Claim, ClaimLine, ImportBatch
from claims.records import (
    Adjustment,
    ClaimKind,
    ClaimStatus,
    ImportRejected,
    Line,
    Problem,
    Provider,
)
from claims.records import Claim as ClaimRecord
from claims.services.imports import claims_import
from tests.claims.conftest import served_member

pytestmark = pytest.mark.django_db


def billed(number: str = "PCN-1") -> ClaimRecord:
    return ClaimRecord(
        claim_number=number,
        kind=ClaimKind.PROFESSIONAL,
        member_id="M900001",
        payer_name="Acme",
        payer_id="ACME1",
        service_from=date(2026, 4, 1),
        service_to=date(2026, 4, 1),
        billing_provider=Provider(npi="1234567893", name="Dr. A"),
        place_of_service="11",
        diagnosis_codes=("I10",),
        billed=Decimal("300.00"),
        lines=(
            Line(1, "99214", billed=Decimal("200.00"), diagnosis_pointers=(1,)),
            Line(2, "93000", billed=Decimal("100.00"), diagnosis_pointers=(1,)),
        ),
        source="x12-837p",
        source_location="CLM at segment 14",
    )


def remittance() -> ClaimRecord:
    return ClaimRecord(
        claim_number="PCN-1",
        kind=ClaimKind.PROFESSIONAL,
        member_id="M900001",
        payer_name="Acme",
        payer_id="ACME1",
        payer_claim_number="PAYER-77",
        service_from=date(2026, 4, 1),
        service_to=date(2026, 4, 1),
        status=ClaimStatus.PAID,
        billed=Decimal("300.00"),
        allowed=Decimal("150.00"),
        paid=Decimal("120.00"),
        patient_responsibility=Decimal("30.00"),
        lines=(
            Line(
                1,
                "93000",
                billed=Decimal("100.00"),
                allowed=Decimal("40.00"),
                paid=Decimal("40.00"),
                adjustments=(Adjustment("CO", "45", Decimal(60)),),
            ),
            Line(
                2,
                "99214",
                billed=Decimal("200.00"),
                allowed=Decimal("110.00"),
                paid=Decimal("80.00"),
                copay=Decimal("30.00"),
                patient_responsibility=Decimal("30.00"),
                adjustments=(
                    Adjustment("CO", "45", Decimal(90)),
                    Adjustment("PR", "3", Decimal(30)),
                ),
            ),
        ),
        source="x12-835",
        source_location="CLP at segment 9",
    )


@pytest.fixture
def parsers(agent, monkeypatch):  # type: ignore[no-untyped-def]
    """Stand-in claims.importers.x12 and .fhir: the file's first line names what to return."""
    outputs: dict[bytes, list[ClaimRecord] | ImportRejected] = {}

    def parse(data: bytes, *, filename: str) -> list[ClaimRecord]:
        result = outputs[data]
        if isinstance(result, ImportRejected):
            raise result
        return result

    import claims.importers

    for name in ("x12", "fhir"):
        module = types.ModuleType(f"claims.importers.{name}")
        module.parse = parse  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, f"claims.importers.{name}", module)
        monkeypatch.setattr(claims.importers, name, module, raising=False)
    served_member(agent, member_id="M900001")
    return outputs


def test_an_837_then_its_835_fills_the_adjudication_line_by_line(parsers, agent):
    parsers[b"ISA*837"] = [billed()]
    parsers[b"ISA*835"] = [remittance()]
    first = claims_import(data=b"ISA*837", filename="claims.837", actor=agent)
    assert first.batch.claims_created == 1 and first.batch.format == "x12"
    claim = Claim.objects.get()
    assert claim.status == "submitted" and claim.allowed is None
    lines_before = set(ClaimLine.objects.values_list("pk", flat=True))
    paid = claims_import(data=b"ISA*835", filename="remit.835", actor=agent)
    assert (paid.batch.claims_created, paid.batch.claims_updated) == (0, 1)
    claim = Claim.objects.get()
    assert (claim.status, claim.paid, claim.payer_claim_number) == (
        "paid",
        Decimal("120.00"),
        "PAYER-77",
    )
    assert claim.adjudicated_at is not None and claim.diagnosis_codes == ["I10"]
    office = claim.lines.get(procedure_code="99214")
    assert (office.number, office.allowed, office.copay) == (1, Decimal("110.00"), Decimal("30.00"))
    assert [(a.group, a.reason) for a in office.adjustments.order_by("position")] == [
        ("CO", "45"),
        ("PR", "3"),
    ]
    assert claim.lines.get(procedure_code="93000").paid == Decimal("40.00")
    assert not lines_before & set(ClaimLine.objects.values_list("pk", flat=True))
    again = claims_import(data=b"ISA*835", filename="remit.835", actor=agent)
    assert again.batch.outcome == ImportBatch.Outcome.UNCHANGED
    # The 837 sent again (unchanged) keeps what the 835 said.
    resent = claims_import(data=b"ISA*837", filename="claims.837", actor=agent)
    assert resent.batch.outcome == ImportBatch.Outcome.UNCHANGED
    assert Claim.objects.get().paid == Decimal("120.00")


def test_an_835_for_an_unknown_claim_is_stored_as_it_is(parsers, agent):
    parsers[b"ISA*835"] = [remittance()]
    result = claims_import(data=b"ISA*835", filename="remit.835", actor=agent)
    assert result.batch.claims_created == 1
    assert Claim.objects.get().source == "x12-835"


def test_an_835_line_that_matches_no_claim_line_rejects_the_file(parsers, agent):
    parsers[b"ISA*837"] = [billed()]
    claims_import(data=b"ISA*837", filename="claims.837", actor=agent)
    odd = remittance()
    odd = type(odd)(**{**odd.__dict__, "lines": (Line(1, "70450", billed=Decimal(1)),)})
    parsers[b"ISA*odd"] = [odd]
    result = claims_import(data=b"ISA*odd", filename="odd.835", actor=agent)
    assert result.problems == (
        Problem(
            "odd.835",
            "CLP at segment 9",
            "line 1 procedure",
            "paid code 70450 matches no line of claim PCN-1",
        ),
    )
    assert Claim.objects.get().status == "submitted"


def test_fhir_goes_to_its_parser_and_parser_problems_are_reported(parsers, agent):
    data = b'{"resourceType": "Bundle", "entry": []}'
    parsers[data] = ImportRejected([Problem("b.json", "entry[0].resource", "total", "missing")])
    result = claims_import(data=data, filename="b.json", actor=agent)
    assert result.problems == (Problem("b.json", "entry[0].resource", "total", "missing"),)
    parsers[data] = [billed("F-1")]
    assert claims_import(data=data, filename="b.json", actor=agent).batch.claims_created == 1


def test_records_the_database_cannot_hold_are_problems(parsers, agent):
    bad = billed("X" * 81)
    parsers[b"ISA*bad"] = [type(bad)(**{**bad.__dict__, "lines": ()})]
    result = claims_import(data=b"ISA*bad", filename="bad.837", actor=agent)
    fields = {problem.field for problem in result.problems}
    assert {"claim_number", "lines"} <= fields
    assert all(problem.file == "bad.837" for problem in result.problems)
    assert not Claim.objects.exists()


def test_a_service_coded_in_snomed_keeps_its_code_system(parsers, agent):
    import dataclasses

    snomed = dataclasses.replace(
        billed("PCN-9"),
        lines=(Line(1, "410620009", procedure_code_system="snomed", billed=Decimal("300.00")),),
        source="fhir-claim",
    )
    parsers[b'{"resourceType": "Bundle"}'] = [snomed]
    result = claims_import(data=b'{"resourceType": "Bundle"}', filename="b.json", actor=agent)
    assert not result.problems, result.problems
    from claims.services.stored import claim_record

    line = claim_record(Claim.objects.get(claim_number="PCN-9")).lines[0]
    assert (line.procedure_code, line.procedure_code_system) == ("410620009", "snomed")


def test_a_claims_fingerprint_is_the_digest_stored_claims_already_carry():
    """Stored claims keep their content_hash: a new way of computing it must give the digest
    the earlier code gave (written down from it), or every stored claim would read as changed
    on its next import."""
    from claims.records import Network
    from claims.services.merging import fingerprint

    clinic = Provider(
        npi="1234567893", name="Lakeview Family Medicine", network=Network.IN, taxonomy="207Q00000X"
    )
    adjust = (Adjustment("CO", "45", Decimal("70.00")), Adjustment("PR", "3", Decimal("-0")))
    claim = ClaimRecord(
        claim_number="CLM-1",
        kind=ClaimKind.PROFESSIONAL,
        member_id="M900001",
        payer_name="Acme Health Plan",
        service_from=date(2026, 3, 2),
        service_to=date(2026, 3, 2),
        billing_provider=clinic,
        rendering_provider=clinic,
        place_of_service="11",
        diagnosis_codes=("E119",),
        status=ClaimStatus.PAID,
        billed=Decimal("180.50"),
        allowed=Decimal("110"),
        other_amounts=(("discount", Decimal("1.50")),),
        notes=("a note",),
        lines=(
            Line(
                number=1,
                procedure_code="99213",
                modifiers=("25",),
                units=Decimal("1.000"),
                billed=Decimal("180.50"),
                diagnosis_pointers=(1,),
                adjustments=adjust,
                rendering_provider=clinic,
                service_from=date(2026, 3, 2),
            ),
            Line(
                number=2,
                procedure_code="J1100",
                units=Decimal("2"),
                billed=Decimal("0.00"),
                ndc="00009082501",
                ndc_quantity=Decimal("1.5"),
                ndc_unit="ML",
                adjustments=adjust,
            ),
        ),
        source="csv",
        source_location="row 2",
        received_at=datetime(2026, 3, 3, tzinfo=UTC),
    )
    digest = "780f5a30cec2497176a94245cceade6f53f8aa1a98562369b032a10f007ef568"
    assert fingerprint(claim) == digest
    assert fingerprint(claim) == digest  # again, its providers and adjustments now known
    moved = dataclasses.replace(claim, source_location="row 40", received_at=None)
    assert fingerprint(moved) == digest  # where it sat and when it came are not its content
    assert fingerprint(dataclasses.replace(claim, billed=Decimal("180.5"))) == digest
    assert fingerprint(dataclasses.replace(claim, billed=Decimal("180.51"))) != digest
