"""FHIR R4 Claim / ExplanationOfBenefit parsing: the Synthea sample, our fixture, broken input."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from claims.importers import fhir
from claims.records import (
    Adjustment,
    ClaimKind,
    ClaimStatus,
    ImportRejected,
    Problem,
    Provider,
)
from tests.claims.samples import FHIR_SAMPLES

FIXTURES = Path(__file__).parent / "fixtures"
SYNTHEA = FHIR_SAMPLES / "synthea/synthea_r4_bundle_Roland928.json"


def bundle() -> dict[str, Any]:
    return json.loads((FIXTURES / "eob_professional_bundle.json").read_text())


def eob_of(document: dict[str, Any]) -> dict[str, Any]:
    return document["entry"][1]["resource"]


def parse_document(document: object, filename: str = "eob.json"):
    return fhir.parse(json.dumps(document).encode(), filename=filename)


def rejected(data: bytes | dict[str, Any], filename: str = "eob.json") -> list[Problem]:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    with pytest.raises(ImportRejected) as caught:
        fhir.parse(raw, filename=filename)
    assert caught.value.problems
    return caught.value.problems


def test_eob_fixture_maps_adjudication_diagnoses_and_providers():
    [claim] = parse_document(bundle())

    assert claim.claim_number == "FHIR-3001"  # the identifier typed "uc"
    assert claim.member_id == "M00012345"  # the focal Coverage.subscriberId
    assert claim.kind == ClaimKind.PROFESSIONAL
    assert claim.status == ClaimStatus.PAID
    assert (claim.payer_name, claim.payer_id) == ("KEY INSURANCE COMPANY", "999996666")
    assert claim.billing_provider == Provider(npi="1912301953", name="BEN KILDARE SERVICE")
    assert claim.rendering_provider == Provider(npi="1234567893", name="BEN KILDARE")
    assert claim.facility == Provider(npi="1003000126", name="MIAMI CLINIC")
    assert claim.diagnosis_codes == ("I10", "E119")  # by sequence, dots removed
    assert claim.place_of_service == "11"
    assert (claim.service_from, claim.service_to) == (date(2024, 5, 2), date(2024, 5, 2))
    assert (claim.billed, claim.allowed, claim.paid) == (
        Decimal("210.01"),
        Decimal("140.00"),
        Decimal("66.00"),
    )
    assert claim.patient_responsibility == Decimal("74.00")
    assert (claim.patient_birth_date, claim.patient_sex) == (date(1980, 2, 15), "F")
    assert claim.source == "fhir-eob"
    assert claim.source_location == "ExplanationOfBenefit at entry[1].resource"

    visit, lab = claim.lines
    assert (visit.number, visit.procedure_code, visit.modifiers) == (1, "99214", ("25",))
    assert visit.diagnosis_pointers == (1, 2)
    assert (visit.deductible, visit.copay, visit.coinsurance) == (
        Decimal("50.00"),
        Decimal("20.00"),
        None,
    )
    assert visit.adjustments == (
        Adjustment("PR", "1", Decimal("50.00")),
        Adjustment("PR", "3", Decimal("20.00")),
    )
    assert visit.patient_responsibility == Decimal("70.00")
    # HCPCS is preferred over the SNOMED coding listed first.
    assert (lab.procedure_code, lab.procedure_code_system) == ("83036", "hcpcs")
    assert lab.diagnosis_pointers == (2,)
    assert lab.units == Decimal(2)
    assert lab.billed == Decimal("30.01")  # unitPrice 15.005 x 2, rounded once
    assert lab.coinsurance == Decimal("4.00")


def test_single_resource_without_coverage_uses_the_patient_reference():
    eob = eob_of(bundle())
    eob.pop("contained")
    eob["insurance"] = [{"focal": True, "coverage": {"display": "Plan"}}]
    [claim] = parse_document(eob)
    assert claim.member_id == "p1"  # Patient/p1
    assert claim.source_location == "ExplanationOfBenefit at resource"


def test_synthea_bundle_keeps_the_eob_over_its_claim_and_rounds_floats():
    claims = fhir.parse(SYNTHEA.read_bytes(), filename="synthea.json")
    assert len(claims) == 13  # 13 Claim + 13 EOB for the same claims: the EOBs win
    assert {claim.source for claim in claims} == {"fhir-eob"}
    assert {claim.member_id for claim in claims} == {"13b1a0f2-dceb-37a2-f32b-f0ca6e3b9925"}
    first = claims[0]
    assert first.claim_number == "1a95e48e-1418-00da-2416-cd5ae021b8f3"
    assert first.kind == ClaimKind.INSTITUTIONAL
    assert first.payer_name == "Medicaid"
    assert first.billed == Decimal("129.16")
    assert first.paid == Decimal("112.42")  # 112.41600000000001 in the file
    assert first.patient_responsibility == Decimal("28.10")  # 28.104000000000003
    assert (first.service_from, first.service_to) == (date(2011, 1, 13), date(2011, 1, 13))
    assert (first.patient_birth_date, first.patient_sex) == (date(2009, 8, 6), "M")
    visit, vaccine = first.lines
    assert (visit.procedure_code, visit.procedure_code_system) == ("410620009", "snomed")
    assert (vaccine.procedure_code, vaccine.procedure_code_system) == ("20", "cvx")
    assert vaccine.place_of_service == "19"
    assert vaccine.allowed == Decimal("140.52")
    assert vaccine.adjustments == (Adjustment("PR", "2", Decimal("28.10")),)
    assert first.billing_provider == Provider(npi="9999970249", name="Arlena205 Conn188")


def test_synthea_claims_alone_are_submitted():
    document = json.loads(SYNTHEA.read_text())
    document["entry"] = [
        e for e in document["entry"] if e["resource"]["resourceType"] != "ExplanationOfBenefit"
    ]
    claims = parse_document(document, "claims.json")
    assert len(claims) == 13
    assert {claim.status for claim in claims} == {ClaimStatus.SUBMITTED}
    assert claims[0].billing_provider.name == "MOUNTAIN VIEW FAMILY PRACTICE, PC"
    assert claims[0].paid is None and claims[0].allowed is None


def test_harmless_deviations_are_tolerated():
    document = bundle()
    eob = eob_of(document)
    eob.pop("created")  # required, not read
    eob["vendorFlag"] = True  # unknown element
    eob["extension"] = [{"url": "https://vendor.example/x", "valueString": "y"}]
    eob["item"][0]["encounter"] = "not-a-reference"  # bad value in an element we do not read
    [claim] = parse_document(document)
    assert claim.claim_number == "FHIR-3001"
    assert claim.lines[0].billed == Decimal("180.00")


def test_bad_amount_is_refused_with_its_path():
    document = bundle()
    eob_of(document)["item"][0]["net"]["value"] = "12,50"
    problems = rejected(document)
    assert problems[0].location == "entry[1].resource.item[0].net.value"
    assert problems[0].field == "item[0].net.value"
    assert problems[0].file == "eob.json"


def test_bad_date_is_refused_with_its_path():
    document = bundle()
    eob_of(document)["item"][1]["servicedDate"] = "2024-02-30"
    problems = rejected(document)
    assert problems[0].location == "entry[1].resource.item[1].servicedDate"


def test_unknown_diagnosis_sequence_is_refused():
    document = bundle()
    eob_of(document)["item"][1]["diagnosisSequence"] = [7]
    problems = rejected(document)
    assert problems == [
        Problem(
            "eob.json",
            "entry[1].resource.item[1].diagnosisSequence",
            "item[1].diagnosisSequence",
            "diagnosis sequence 7 is not an ICD diagnosis of the claim",
        )
    ]


def test_wrong_resource_type_invalid_json_empty_and_binary():
    problems = rejected({"resourceType": "Patient", "id": "x"})
    assert (problems[0].location, problems[0].field) == ("document", "resourceType")
    assert "got Patient" in problems[0].message
    problems = rejected(b'{"resourceType": "Bundle", "entry": [')
    assert problems[0].field == "JSON"
    assert problems[0].location.startswith("line 1 column")
    assert rejected(b"")[0].message.startswith("the file is empty")
    assert rejected(b"\x89PNG\r\n\x1a\n\x00\x00")[0].message.startswith("binary data")
    assert rejected(b"[1, 2]")[0].message == "expected a JSON object (a FHIR resource)"
    assert rejected(b'{"resourceType": "Bundle", "entry": [{"resource": NaN}]}')[0].field == "JSON"


def test_bundle_without_claims_and_unsupported_types_are_refused():
    problems = rejected({"resourceType": "Bundle", "entry": [bundle()["entry"][0]]})
    assert problems[0].message == "the Bundle holds no Claim or ExplanationOfBenefit"
    document = bundle()
    eob_of(document)["type"]["coding"][0]["code"] = "workers-compensation"
    problems = rejected(document)
    assert problems[0].location == "entry[1].resource.type"


def test_status_mapping_for_eob_outcomes():
    for outcome, status in [
        ("queued", ClaimStatus.PENDED),
        ("partial", ClaimStatus.PARTIALLY_PAID),
        ("error", ClaimStatus.DENIED),
    ]:
        document = bundle()
        eob_of(document)["outcome"] = outcome
        assert parse_document(document)[0].status == status
    document = bundle()
    eob_of(document)["status"] = "cancelled"
    assert parse_document(document)[0].status == ClaimStatus.REVERSED
    document = bundle()
    eob_of(document)["status"] = "entered-in-error"
    assert rejected(document)[0].location == "entry[1].resource.status"


def test_problem_messages_do_not_echo_member_data():
    document = bundle()
    eob = copy.deepcopy(eob_of(document))
    eob["billablePeriod"]["start"] = "M00012345"
    problems = rejected(eob)
    assert problems[0].location == "billablePeriod.start"
    assert "M00012345" not in " ".join(str(p) for p in problems)
