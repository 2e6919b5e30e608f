"""835: adjudication, cost sharing, status codes and member ids from the fixtures and samples."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.importers import x12
from claims.records import (
    Adjustment,
    ClaimKind,
    ClaimStatus,
    Problem,
    Provider,
)
from tests.claims.samples import SAMPLES
from tests.claims.x12_support import HIPAA, fixture_text, mutated, parse_text, rejected


def test_835_fixture_splits_cost_sharing_and_patient_responsibility():
    [claim] = parse_text(fixture_text("835_cost_sharing.835"), "test.835")

    assert claim.claim_number == "PCN-1001"
    assert claim.payer_claim_number == "PAYERCN-77"
    assert claim.member_id == "M00012345"  # NM1*QC: the patient is the subscriber
    assert (claim.payer_name, claim.payer_id) == ("KEY INSURANCE COMPANY", "999996666")
    assert claim.billing_provider == Provider(npi="1912301953", name="BEN KILDARE SERVICE")
    # Line 2 was denied (paid 0) while the others were paid.
    assert claim.status == ClaimStatus.PARTIALLY_PAID
    assert claim.billed == Decimal("260.00")
    assert claim.paid == Decimal("132.00")
    assert claim.allowed == Decimal("200.00")
    assert claim.patient_responsibility == Decimal("58.00")  # PR 25 + 15 + 10 + 8
    assert claim.place_of_service == "11"
    assert claim.source == "x12-835"

    visit, drug, cast = claim.lines
    assert visit.allowed == Decimal("150.00")
    assert visit.paid == Decimal("100.00")
    assert (visit.deductible, visit.coinsurance, visit.copay) == (
        Decimal("25.00"),
        Decimal("15.00"),
        Decimal("10.00"),
    )
    assert visit.patient_responsibility == Decimal("50.00")
    assert visit.adjustments == (
        Adjustment("CO", "45", Decimal("30.00")),
        Adjustment("PR", "1", Decimal("25.00")),
        Adjustment("PR", "2", Decimal("15.00")),
        Adjustment("PR", "3", Decimal("10.00")),
    )
    assert (drug.paid, drug.allowed, drug.units) == (Decimal(0), Decimal(0), Decimal(2))
    assert drug.adjustments == (Adjustment("CO", "97", Decimal("30.00")),)
    assert cast.other_payer_paid == Decimal("10.00")
    assert cast.coinsurance == Decimal("8.00")
    assert cast.service_from == date(2024, 3, 11)


def test_835_status_codes_map_to_claim_status():
    text = fixture_text("835_cost_sharing.835")
    for code, status in [
        ("4", ClaimStatus.DENIED),
        ("22", ClaimStatus.REVERSED),
        ("2", ClaimStatus.PARTIALLY_PAID),  # secondary, still with one unpaid line
    ]:
        [claim] = parse_text(text.replace("CLP*PCN-1001*1*", f"CLP*PCN-1001*{code}*"), "t.835")
        assert claim.status == status, code


def test_835_member_id_prefers_the_insured_over_the_patient():
    text = mutated(
        "835_cost_sharing.835",
        "NM1*QC*1*SAMPLE*PAT****MI*M00012345~",
        "NM1*QC*1*SAMPLE*KID****MI*M00012345-02~\nNM1*IL*1*SAMPLE*PAT****MI*M00012345~",
    )
    text = text.replace("SE*32*", "SE*33*")
    [claim] = parse_text(text, "t.835")
    assert claim.member_id == "M00012345"


def test_sample_medicare_835_claim_level_adjudication():
    part_a, part_b = x12.parse((HIPAA / "medicare-part-a.835").read_bytes(), filename="m.835")
    assert part_a.claim_number == "666123"
    assert part_a.kind == ClaimKind.INSTITUTIONAL  # MIA inpatient adjudication
    assert part_a.bill_type == "111"
    assert part_a.paid == Decimal("138018.40")
    assert part_a.adjustments == (Adjustment("CO", "45", Decimal("73348.57")),)
    assert part_a.patient_responsibility == Decimal(0)
    assert (part_a.service_from, part_a.service_to) == (date(2002, 8, 16), date(2002, 8, 24))
    assert part_b.kind == ClaimKind.PROFESSIONAL
    assert part_b.member_id == "996669999B"
    assert part_b.payer_claim_number == "1999999444445"


def test_pyx12_sample_835_denied_claim_takes_dates_from_its_lines():
    [claim] = x12.parse(
        (SAMPLES / "x12" / "pyx12" / "835_mult_loops.txt").read_bytes(), filename="p"
    )
    assert claim.status == ClaimStatus.DENIED
    assert claim.paid == Decimal(0)
    assert (claim.service_from, claim.service_to) == (date(2003, 10, 30), date(2003, 11, 29))
    assert [line.units for line in claim.lines] == [Decimal(68), Decimal(16), Decimal(36)]
    assert claim.lines[1].adjustments == (Adjustment("OA", "A7", Decimal("127.80")),)


def test_bad_adjustment_amount_and_unknown_status_in_835():
    text = fixture_text("835_cost_sharing.835")
    problems = rejected(text.replace("CAS*OA*23*10.00", "CAS*OA*23*1O.00"), "t.835")
    assert problems[0].location == "segment 31 (CAS)"
    assert problems[0].field.startswith("CAS03")
    problems = rejected(text.replace("CLP*PCN-1001*1*", "CLP*PCN-1001*9*"), "t.835")
    assert problems[0] == Problem(
        "t.835", "segment 15 (CLP)", "CLP02 Claim Status Code", "not a valid code for this element"
    )
