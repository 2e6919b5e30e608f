"""No Surprises Act screens: asked as questions, found only where the Act's protections apply."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from claims.checks.surprises import check_no_surprises
from claims.records import Adjustment, Network, Provider
from claims.reference import Reference
from tests.claims.builders import adjudicated, claim, ids, line

EMPTY = Reference()
OUT_ER_GROUP = Provider(npi="1222222222", name="ER Physicians Group", network=Network.OUT)
IN_ER_GROUP = replace(OUT_ER_GROUP, network=Network.IN)
HOSPITAL = Provider(npi="1333333333", name="General Hospital", network=Network.IN)
OUT_ANESTHESIA = Provider(
    npi="1444444444", name="Sleep Well Anesthesia", network=Network.OUT, taxonomy="207L00000X"
)
OUT_SURGEON = Provider(
    npi="1666666666", name="Dr. Surgeon", network=Network.OUT, taxonomy="208600000X"
)


def screens(subject) -> list:
    return check_no_surprises(subject, history=[], reference=EMPTY)


def balance_billed() -> object:
    bill = adjudicated(
        1,
        "99284",
        billed="900.00",
        allowed="400.00",
        paid="300.00",
        copay="100.00",
        coinsurance="0",
    )
    return replace(
        bill,
        patient_responsibility=Decimal("600.00"),
        adjustments=(
            Adjustment("PR", "3", Decimal("100.00")),
            Adjustment("PR", "45", Decimal("500.00")),
        ),
    )


def test_an_out_of_network_emergency_balance_bill_is_raised_as_a_question() -> None:
    (finding,) = screens(
        claim(balance_billed(), billing_provider=OUT_ER_GROUP, place_of_service="23")
    )

    assert finding.check_id == "nsa-emergency-balance-bill"
    assert finding.line_numbers == (1,)
    assert finding.evidence["beyond_cost_sharing"] == "500.00"
    assert finding.evidence["non_cost_sharing_reasons"] == "PR-45"
    assert "Could the plan check" in finding.explanation
    assert "?" in finding.explanation


def test_the_same_bill_in_network_or_not_an_emergency_is_not_this_screen() -> None:
    assert (
        screens(claim(balance_billed(), billing_provider=IN_ER_GROUP, place_of_service="23")) == []
    )
    assert (
        screens(claim(balance_billed(), billing_provider=OUT_ER_GROUP, place_of_service="11")) == []
    )


def test_emergency_is_recognised_by_flag_revenue_code_or_admission_type() -> None:
    bill = balance_billed()
    assert ids(screens(claim(bill, billing_provider=OUT_ER_GROUP, emergency=True))) == [
        "nsa-emergency-balance-bill"
    ]
    er_line = replace(bill, revenue_code="0450")
    assert ids(screens(claim(er_line, billing_provider=OUT_ER_GROUP))) == [
        "nsa-emergency-balance-bill"
    ]


def test_cost_sharing_alone_out_of_network_in_an_emergency_is_not_a_balance_bill() -> None:
    fair = adjudicated(
        1,
        "99284",
        billed="900.00",
        allowed="400.00",
        paid="300.00",
        copay="100.00",
        coinsurance="0",
    )

    assert screens(claim(fair, billing_provider=OUT_ER_GROUP, place_of_service="23")) == []


def test_a_stated_share_beyond_cost_sharing_is_found_even_without_reason_codes() -> None:
    fair = adjudicated(
        1,
        "99284",
        billed="900.00",
        allowed="400.00",
        paid="300.00",
        copay="100.00",
        coinsurance="0",
    )
    over = replace(fair, patient_responsibility=Decimal("100.02"))

    assert ids(screens(claim(over, billing_provider=OUT_ER_GROUP, place_of_service="23"))) == [
        "nsa-emergency-balance-bill"
    ]
    at_cent = replace(fair, patient_responsibility=Decimal("100.01"))
    assert screens(claim(at_cent, billing_provider=OUT_ER_GROUP, place_of_service="23")) == []


def test_an_out_of_network_anesthesiologist_at_an_in_network_hospital_is_raised() -> None:
    subject = claim(
        line(1, "01402", rendering_provider=OUT_ANESTHESIA),
        facility=HOSPITAL,
        place_of_service="22",
    )

    (finding,) = screens(subject)

    assert finding.check_id == "nsa-ancillary-out-of-network"
    assert finding.evidence["services"] == "anesthesiology"
    assert "at General Hospital that is in the network" in finding.explanation


def test_ancillary_is_recognised_by_code_range_or_assistant_surgeon_modifier() -> None:
    radiology = claim(line(1, "71046", rendering_provider=OUT_SURGEON), facility=HOSPITAL)
    assistant = claim(
        line(1, "27447", modifiers=("80",), rendering_provider=OUT_SURGEON), facility=HOSPITAL
    )
    surgery = claim(line(1, "27447", rendering_provider=OUT_SURGEON), facility=HOSPITAL)

    assert screens(radiology)[0].evidence["services"] == "radiology"
    assert screens(assistant)[0].evidence["services"] == "assistant surgeon"
    assert screens(surgery) == []


def test_no_question_when_the_facility_is_out_of_network_or_the_member_owes_nothing() -> None:
    out_facility = replace(HOSPITAL, network=Network.OUT)
    owes_nothing = line(
        1, "01402", rendering_provider=OUT_ANESTHESIA, patient_responsibility=Decimal(0)
    )

    assert (
        screens(claim(line(1, "01402", rendering_provider=OUT_ANESTHESIA), facility=out_facility))
        == []
    )
    assert screens(claim(owes_nothing, facility=HOSPITAL)) == []
    assert (
        screens(
            claim(
                line(1, "01402", rendering_provider=replace(OUT_ANESTHESIA, network=Network.IN)),
                facility=HOSPITAL,
            )
        )
        == []
    )
