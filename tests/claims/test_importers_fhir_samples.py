"""The public FHIR samples through the whole import: the HL7 CARIN Blue Button IG's example
EOBs (bundled with the resources they reference) and CMS's Blue Button R4 samples. Every one
imports; the amounts asserted here were read from the JSON files by hand."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from claims.models import Claim, Flag, ImportBatch
from claims.services.checks import claims_check_batch
from claims.services.imports import claims_import
from tests.claims.conftest import served_member
from tests.claims.samples import BLUE_BUTTON, CARIN, blue_button_eobs, carin_bundle, carin_eobs

pytestmark = pytest.mark.django_db

# The member ids the samples carry: the focal Coverage's subscriberId (CARIN) or the patient
# reference (Blue Button, whose Coverage is not in the sample).
MEMBER_IDS = ("888009335", "12345678901", "10300007", "567834")


@pytest.fixture
def members(agent):  # type: ignore[no-untyped-def]
    return [served_member(agent, member_id=member_id) for member_id in MEMBER_IDS]


def import_document(document: dict[str, Any], name: str, agent):  # type: ignore[no-untyped-def]
    result = claims_import(data=json.dumps(document).encode(), filename=name, actor=agent)
    assert not result.problems, [str(problem) for problem in result.problems]
    return result.batch


def import_carin(name: str, agent) -> ImportBatch:  # type: ignore[no-untyped-def]
    return import_document(carin_bundle(CARIN / name), name, agent)


def import_file(path: Path, agent) -> ImportBatch:  # type: ignore[no-untyped-def]
    result = claims_import(data=path.read_bytes(), filename=path.name, actor=agent)
    assert not result.problems, [str(problem) for problem in result.problems]
    return result.batch


def test_the_samples_are_there():
    assert len(carin_eobs()) == 20
    assert len(blue_button_eobs()) == 6


def test_every_carin_example_imports(members, agent):
    for path in carin_eobs():
        batch = import_carin(path.name, agent)
        assert batch.outcome in {ImportBatch.Outcome.STORED, ImportBatch.Outcome.UNCHANGED}
    kinds = set(Claim.objects.values_list("kind", flat=True))
    assert kinds == {"professional", "institutional", "oral", "pharmacy"}


def test_every_blue_button_sample_imports(members, agent):
    for path in blue_button_eobs():
        import_file(path, agent)
    assert set(Claim.objects.values_list("payer_name", flat=True)) == {"CMS"}
    assert Claim.objects.count() == 5  # the two carrier samples are one claim (9991831999)


def test_inpatient_totals_each_category_and_network_status(members, agent):
    import_carin("ExplanationOfBenefit-EOBInpatient2.json", agent)
    claim = Claim.objects.get(claim_number="InpatientEOBExample1")
    # total: submitted 7147.2, eligible 1542.01, copay 120, benefit 1393.57, memberliability 0
    assert (claim.billed, claim.allowed, claim.paid) == (
        Decimal("7147.20"),
        Decimal("1542.01"),
        Decimal("1393.57"),
    )
    assert (claim.copay, claim.deductible, claim.noncovered) == (
        Decimal("120.00"),
        Decimal("0.00"),
        Decimal("0.00"),
    )
    assert claim.patient_responsibility == Decimal("0.00")
    # adjudication: benefitpaymentstatus outofnetwork, billingnetworkstatus innetwork
    assert (claim.benefit_network, claim.billing_network) == ("out", "in")
    assert claim.status == "paid"
    assert list(claim.lines.order_by("number").values_list("revenue_code", flat=True)[:3]) == [
        "0301",
        "0260",
        "0305",
    ]


def test_pharmacy_line_keeps_benefit_discount_and_member_liability_apart(members, agent):
    import_carin("ExplanationOfBenefit-EOBPharmacy1.json", agent)
    claim = Claim.objects.get(claim_number="AW123412341234123412341234123412")
    assert claim.kind == "pharmacy"
    [line] = claim.lines.all()
    # item 1: submitted 1000, benefit 20, discount 900, memberliability 80, paidtoprovider 20
    assert (line.billed, line.paid, line.paid_to_provider) == (
        Decimal("1000.00"),
        Decimal("20.00"),
        Decimal("20.00"),
    )
    assert (line.discount, line.patient_responsibility) == (Decimal("900.00"), Decimal("80.00"))
    assert (line.procedure_code_system, line.ndc) == ("ndc", "00777310502")  # 0777-3105-02
    # total: paidtoprovider 620, submitted 2650; outcome partial with a payment
    assert (claim.billed, claim.paid, claim.status) == (
        Decimal("2650.00"),
        Decimal("620.00"),
        "partially_paid",
    )


def test_data_absent_product_and_placeholder_revenue_code_are_noted_not_refused(members, agent):
    batch = import_carin("ExplanationOfBenefit-EOBInpatient1.json", agent)
    line = Claim.objects.get(claim_number="AW123412341234123412341234123412").lines.get()
    assert (line.procedure_code, line.procedure_code_system, line.revenue_code) == (
        "",
        "absent",
        "",
    )
    notes = {(note["line"], note["note"]) for note in batch.notes}
    assert (1, "no product or service code (data absent: not-applicable)") in notes
    assert (1, "revenue code 'Dummy' is not a 4-digit NUBC revenue code: skipped") in notes


def test_blue_button_carrier_benefit_and_paid_to_provider_are_not_added(members, agent):
    import_file(BLUE_BUTTON / "eobReadCarrier.json", agent)
    claim = Claim.objects.get(claim_number="9991831999")
    [line] = claim.lines.all()
    # item 6: benefit (line_nch_pmt_amt) 37.5 and paidtoprovider (line_prvdr_pmt_amt) 37.5
    assert (line.paid, line.paid_to_provider, line.paid_to_patient) == (
        Decimal("37.50"),
        Decimal("37.50"),
        Decimal("0.00"),
    )
    assert (line.billed, line.allowed, line.coinsurance) == (
        Decimal("75.00"),
        Decimal("47.84"),
        Decimal("9.57"),
    )
    assert (claim.payer_id, claim.payer_name) == ("CMS", "CMS")  # insurer: identifier only
    assert (claim.paid, claim.status) == (Decimal("199.99"), "paid")  # payment.amount


def test_blue_button_narrower_variables_are_kept_under_their_own_names(members, agent):
    import_file(BLUE_BUTTON / "eobReadDme.json", agent)
    line = Claim.objects.get(claim_number="2188888888").lines.get()
    # eligible: line_prmry_alowd_chrg_amt 20.29 (the primary payer's) and line_alowd_chrg_amt
    # 129.45; submitted: line_dme_prchs_price_amt 82.29 and line_sbmtd_chrg_amt 130.45
    assert (line.allowed, line.billed) == (Decimal("129.45"), Decimal("130.45"))
    assert line.other_amounts == {
        "line_prmry_alowd_chrg_amt": "20.29",
        "line_dme_prchs_price_amt": "82.29",
    }
    assert "paid to patient is given twice with different amounts; kept the first" in line.notes

    import_file(BLUE_BUTTON / "eobReadOutpatient.json", agent)
    line = Claim.objects.get(claim_number="1234567890").lines.get()
    # submitted: rev_cntr_rate_amt 5.0 (per unit) and rev_cntr_tot_chrg_amt 999.85
    assert line.billed == Decimal("999.85")
    assert line.other_amounts["rev_cntr_rate_amt"] == "5.00"
    assert (line.deductible, line.other_amounts["rev_cntr_blood_ddctbl_amt"]) == (
        Decimal("12.89"),
        "10.45",
    )
    assert (line.paid_to_provider, line.paid_to_patient, line.paid_by_patient) == (
        Decimal("200.00"),
        Decimal("300.00"),
        Decimal("500.00"),
    )


def test_the_non_financial_form_never_erases_known_amounts(members, agent):
    import_carin("ExplanationOfBenefit-EOBOutpatient2.json", agent)
    before = Claim.objects.get(claim_number="OutpatientEOBExample1")
    lines_before = list(before.lines.order_by("number").values_list("billed", "allowed", "paid"))
    batch = import_carin("ExplanationOfBenefit-EOBOutpatientNonFinancial2.json", agent)
    after = Claim.objects.get(pk=before.pk)
    assert (after.billed, after.allowed, after.paid) == (
        Decimal("84.40"),
        Decimal("56.52"),
        Decimal("56.52"),
    )
    assert (
        list(after.lines.order_by("number").values_list("billed", "allowed", "paid"))
        == lines_before
    )
    assert after.status == before.status
    assert batch.outcome == ImportBatch.Outcome.UNCHANGED  # it says nothing the claim lacks


def test_the_import_report_names_what_a_file_changed(members, agent):
    import_carin("ExplanationOfBenefit-EOBOutpatient2.json", agent)
    document = carin_bundle(CARIN / "ExplanationOfBenefit-EOBOutpatient2.json")
    eob = document["entry"][0]["resource"]
    benefit = next(t for t in eob["total"] if t["category"]["coding"][0]["code"] == "benefit")
    benefit["amount"]["value"] = 50.00
    eob["item"][0]["adjudication"][4]["amount"]["value"] = 50.00  # the line's benefit
    batch = import_document(document, "corrected.json", agent)
    assert batch.claims_updated == 1
    [change] = batch.changes
    assert change == {"claim": "OutpatientEOBExample1", "changed": ["paid", "line 1 paid"]}
    assert Claim.objects.get(claim_number="OutpatientEOBExample1").paid == Decimal("50.00")


def _emergency_balance_bill(document: dict[str, Any]) -> dict[str, Any]:
    """EOBOutpatient2 as an out-of-network emergency visit billed to the member beyond cost
    sharing: the benefit paid out of network, an emergency-room revenue code, and a member
    liability of 100.00 where deductible and copay are 0.00."""
    document = copy.deepcopy(document)
    eob = document["entry"][0]["resource"]
    eob["adjudication"][0]["reason"]["coding"][0]["code"] = "outofnetwork"
    eob["item"][0]["revenue"]["coding"][0]["code"] = "0450"
    eob["item"][0]["adjudication"].append(
        {
            "category": {
                "coding": [
                    {
                        "system": "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication",
                        "code": "memberliability",
                    }
                ]
            },
            "amount": {"value": 100.00, "currency": "USD"},
        }
    )
    return document


def test_no_surprises_check_fires_on_a_fhir_file(members, agent):
    document = carin_bundle(CARIN / "ExplanationOfBenefit-EOBOutpatient2.json")
    batch = import_document(_emergency_balance_bill(document), "er.json", agent)
    claims_check_batch(batch.pk)
    claim = Claim.objects.get(claim_number="OutpatientEOBExample1")
    assert claim.benefit_network == "out"
    flag = Flag.objects.get(claim=claim, check_id="nsa-emergency-balance-bill")
    assert flag.line_numbers == [1]


def test_the_same_claim_in_network_raises_no_surprises_flag(members, agent):
    document = _emergency_balance_bill(
        carin_bundle(CARIN / "ExplanationOfBenefit-EOBOutpatient2.json")
    )
    document["entry"][0]["resource"]["adjudication"][0]["reason"]["coding"][0]["code"] = "innetwork"
    batch = import_document(document, "er.json", agent)
    claims_check_batch(batch.pk)
    assert not Flag.objects.filter(check_id="nsa-emergency-balance-bill").exists()


def test_a_bundle_mixing_data_absent_lines_with_other_claims_stores_them_all(members, agent):
    inpatient = carin_bundle(CARIN / "ExplanationOfBenefit-EOBInpatient1.json")
    professional = carin_bundle(CARIN / "ExplanationOfBenefit-EOBProfessional2.json")
    inpatient["entry"] += professional["entry"]

    batch = import_document(inpatient, "mixed.json", agent)

    assert batch.claims_created == 2
    assert set(Claim.objects.values_list("claim_number", flat=True)) == {
        "AW123412341234123412341234123412",
        "ProfessionalEOBExample1",
    }


def test_the_claim_page_shows_each_category_the_kept_amounts_and_the_notes(members, agent, as_user):
    from django.urls import reverse

    import_file(BLUE_BUTTON / "eobReadDme.json", agent)
    claim = Claim.objects.get(claim_number="2188888888")

    html = as_user(agent).get(reverse("claim", args=[claim.pk])).content.decode()

    assert "to provider $120.00" in html and "to member $11.00" in html
    assert "line_prmry_alowd_chrg_amt 20.29" in html
    assert "note: paid to patient is given twice with different amounts; kept the first" in html
