"""FHIR R4 ExplanationOfBenefit and Claim resources (alone or in a Bundle) to `Claim` records.

Validation uses fhir.resources' R4B models (R4B is wire-compatible with R4 for these resources).
`parse(data, filename=...)` returns every claim of the file or raises `ImportRejected` with every
problem found, located by JSON path: "entry[3].resource.item[0].net.value".

Strict first, tolerant second. A resource that validates is read as is. One that does not is
refused when an error touches an element we read (below); otherwise the deviations are harmless
to us and tolerated: unknown elements are dropped, required elements we do not read (created,
use, priority, ...) may be missing, and elements we do not read may hold bad values. The elements
we read are then validated one by one with their own R4B models.

Money: JSON numbers are read as exact decimals (never binary floats; Synthea writes values such
as 28.104000000000003) and rounded half up to cents.

Derived fields:
- claim number: the identifier typed "uc" (unique claim id) or from a .../clm_id system, else the
  first identifier; for an ExplanationOfBenefit with no identifier, the Claim it references (its
  identifier or id); for a Claim with none, its resource id;
- member id, first found of: the focal insurance's Coverage.subscriberId; the patient
  reference's identifier; the Patient resource's identifier typed MB (member number); the id in
  the patient reference (urn:uuid:X or Patient/X -> X), which is the plan's member key when the
  plan's own server wrote the file;
- status: a Claim is submitted; an ExplanationOfBenefit is paid when complete (denied when it
  paid nothing and left the member nothing to pay), partially paid when partial, pended when
  queued, denied on error, reversed when cancelled; entered-in-error is refused;
- adjudication categories: submitted -> billed, eligible -> allowed, benefit -> paid, deductible,
  copay, coinsurance, priorpayerpaid -> other payer, memberliability -> patient responsibility
  (CARIN Blue Button codes and CMS Blue Button line_* variables are understood too). Cost
  sharing becomes PR adjustments (1 deductible, 2 coinsurance, 3 copay) so that patient
  responsibility is the PR adjustments, as for an 835; a stated memberliability wins;
- procedure: the productOrService coding from HCPCS or CPT when present, else the first coding,
  with its system in Line.procedure_code_system ("snomed", "cvx", ...);
- diagnoses: ICD-10-CM (or ICD-9-CM) codings, in diagnosis.sequence order; item
  diagnosisSequence values become 1-based pointers into them;
- dates of service: the items' servicedDate/servicedPeriod, else billablePeriod (Synthea's EOB
  billablePeriod spans the coverage year, not the visit).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from fhir.resources.R4B.claim import (
    Claim as FhirClaim,
)
from fhir.resources.R4B.claim import (
    ClaimCareTeam,
    ClaimDiagnosis,
    ClaimInsurance,
    ClaimItem,
)
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.explanationofbenefit import (
    ExplanationOfBenefit,
    ExplanationOfBenefitCareTeam,
    ExplanationOfBenefitDiagnosis,
    ExplanationOfBenefitInsurance,
    ExplanationOfBenefitItem,
    ExplanationOfBenefitItemAdjudication,
    ExplanationOfBenefitPayment,
    ExplanationOfBenefitTotal,
)
from fhir.resources.R4B.identifier import Identifier
from fhir.resources.R4B.money import Money
from fhir.resources.R4B.period import Period
from fhir.resources.R4B.reference import Reference
from pydantic import ValidationError

from claims.importers import Problems, json_shape_problem, text_from_bytes, to_cents
from claims.records import Adjustment, Claim, ClaimKind, ClaimStatus, Line, Provider

NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
ICD9 = "http://hl7.org/fhir/sid/icd-9-cm"
_PROCEDURE_SYSTEMS = {
    "http://www.ama-assn.org/go/cpt": "hcpcs",
    "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets": "hcpcs",
    "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets": "hcpcs",
    "urn:oid:2.16.840.1.113883.6.285": "hcpcs",
    "http://snomed.info/sct": "snomed",
    "http://hl7.org/fhir/sid/cvx": "cvx",
    "http://www.nlm.nih.gov/research/umls/rxnorm": "rxnorm",
    "http://hl7.org/fhir/sid/ndc": "ndc",
}

# The elements we read, per resource type: top-level element -> its model and the sub-elements
# we read (None: all of it). Errors anywhere else are tolerated.
_ITEM_READ = {
    "sequence",
    "productOrService",
    "modifier",
    "quantity",
    "unitPrice",
    "net",
    "servicedDate",
    "servicedPeriod",
    "locationCodeableConcept",
    "diagnosisSequence",
    "adjudication",
    "revenue",
}
# What we read of each resource (element -> its R4B model and, for backbone elements, the
# sub-elements read); Claim and ExplanationOfBenefit share most of it.
_READ_COMMON: dict[str, tuple[type, set[str] | None]] = {
    "identifier": (Identifier, None),
    "type": (CodeableConcept, None),
    "patient": (Reference, None),
    "billablePeriod": (Period, None),
    "provider": (Reference, None),
    "facility": (Reference, None),
    "insurer": (Reference, None),
}
_READ: dict[str, tuple[type, dict[str, tuple[type, set[str] | None]]]] = {
    "Claim": (
        FhirClaim,
        {
            **_READ_COMMON,
            "insurance": (ClaimInsurance, {"focal", "coverage"}),
            "careTeam": (ClaimCareTeam, {"provider", "role"}),
            "diagnosis": (ClaimDiagnosis, None),
            "item": (ClaimItem, _ITEM_READ),
            "total": (Money, None),
        },
    ),
    "ExplanationOfBenefit": (
        ExplanationOfBenefit,
        {
            **_READ_COMMON,
            "claim": (Reference, None),
            "insurance": (ExplanationOfBenefitInsurance, {"focal", "coverage"}),
            "careTeam": (ExplanationOfBenefitCareTeam, {"provider", "role"}),
            "diagnosis": (ExplanationOfBenefitDiagnosis, None),
            "item": (ExplanationOfBenefitItem, _ITEM_READ),
            "adjudication": (ExplanationOfBenefitItemAdjudication, None),
            "total": (ExplanationOfBenefitTotal, None),
            "payment": (ExplanationOfBenefitPayment, {"amount"}),
        },
    ),
}
_READ_PRIMITIVES = {"resourceType", "id", "status", "outcome"}
_STATUS_CODES = {"active", "cancelled", "draft", "entered-in-error"}
_OUTCOMES = {"queued", "complete", "error", "partial"}

# Adjudication category codes (FHIR, CARIN Blue Button, CMS Blue Button line variables).
_CATEGORY = {
    "submitted": "submitted",
    "line_sbmtd_chrg_amt": "submitted",
    "eligible": "allowed",
    "line_alowd_chrg_amt": "allowed",
    "benefit": "paid",
    "paidtoprovider": "paid",
    "line_prvdr_pmt_amt": "paid",
    "line_nch_pmt_amt": "paid",
    "deductible": "deductible",
    "line_bene_ptb_ddctbl_amt": "deductible",
    "copay": "copay",
    "coinsurance": "coinsurance",
    "line_coinsrnc_amt": "coinsurance",
    "priorpayerpaid": "other_payer_paid",
    "line_bene_prmry_pyr_pd_amt": "other_payer_paid",
    "memberliability": "patient_responsibility",
}
_COST_SHARING_REASONS = (("deductible", "1"), ("coinsurance", "2"), ("copay", "3"))


def parse(data: bytes, *, filename: str) -> list[Claim]:
    """Parse FHIR R4 JSON (Bundle, Claim or ExplanationOfBenefit); raise ImportRejected."""
    text = text_from_bytes(data, filename=filename, expected="FHIR R4 JSON")
    problems = Problems(filename)
    shape = json_shape_problem(text)
    if shape is not None:
        problems.add(shape[0], "JSON", shape[1])
        problems.reject_if_any()
    try:
        document = json.loads(text, parse_float=Decimal, parse_constant=_no_constants)
    except ValueError as error:
        where = (
            f"line {error.lineno} column {error.colno}"
            if isinstance(error, json.JSONDecodeError)
            else "document"
        )
        problems.add(where, "JSON", f"not valid JSON: {getattr(error, 'msg', error)}")
        problems.reject_if_any()
    if not isinstance(document, dict):
        problems.add("document", "resourceType", "expected a JSON object (a FHIR resource)")
        problems.reject_if_any()
    resources, index = _resources(document, problems)
    problems.reject_if_any()
    claims: list[Claim] = []
    for prefix, resource in resources:
        claim = _Reader(resource, prefix, index, problems).claim()
        if claim is not None:
            claims.append(claim)
    problems.reject_if_any()
    return _prefer_adjudicated(claims)


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _resources(
    document: dict[str, Any], problems: Problems
) -> tuple[list[tuple[str, dict[str, Any]]], dict[str, dict[str, Any]]]:
    """The Claim/EOB resources with their JSON path, and every resource by reference key."""
    resource_type = document.get("resourceType")
    if resource_type in _READ:
        return [("", document)], _index([(None, document)])
    if resource_type != "Bundle":
        shown = resource_type if isinstance(resource_type, str) else "(none)"
        problems.add(
            "document",
            "resourceType",
            f"expected Bundle, Claim or ExplanationOfBenefit, got {shown[:40]}",
        )
        return [], {}
    entries = document.get("entry")
    if not isinstance(entries, list):
        problems.add("document", "entry", "a Bundle of claims needs an entry list")
        return [], {}
    found, indexed = [], []
    for position, entry in enumerate(entries):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict):
            problems.add(f"entry[{position}]", "resource", "the entry holds no resource")
            continue
        indexed.append((entry.get("fullUrl"), resource))
        if resource.get("resourceType") in _READ:
            found.append((f"entry[{position}].resource.", resource))
    if not found and not problems:
        problems.add("document", "entry", "the Bundle holds no Claim or ExplanationOfBenefit")
    return found, _index(indexed)


def _index(resources: Iterable[tuple[object, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}
    for full_url, resource in resources:
        if isinstance(full_url, str):
            index[full_url] = resource
        if isinstance(resource.get("id"), str):
            index[f"{resource.get('resourceType')}/{resource['id']}"] = resource
    return index


def _prefer_adjudicated(claims: list[Claim]) -> list[Claim]:
    """A Claim and the ExplanationOfBenefit that adjudicates it are one claim: keep the EOB."""
    adjudicated = {(c.payer_key, c.claim_number) for c in claims if c.source == "fhir-eob"}
    return [
        c
        for c in claims
        if c.source == "fhir-eob" or (c.payer_key, c.claim_number) not in adjudicated
    ]


def _path(prefix: str, loc: Iterable[object]) -> str:
    path = prefix.rstrip(".")
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "resource"


def _message(error: dict[str, Any]) -> str:
    # pydantic's messages describe the expectation, not the input; keep them short.
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ").strip()
    return message.split("\n")[0][:160]


@dataclass
class _Amounts:
    submitted: Decimal | None = None
    allowed: Decimal | None = None
    paid: Decimal | None = None
    deductible: Decimal | None = None
    copay: Decimal | None = None
    coinsurance: Decimal | None = None
    other_payer_paid: Decimal | None = None
    patient_responsibility: Decimal | None = None


class _Reader:
    """One Claim or ExplanationOfBenefit resource to one Claim record."""

    def __init__(
        self,
        resource: dict[str, Any],
        prefix: str,
        index: dict[str, dict[str, Any]],
        problems: Problems,
    ) -> None:
        self.resource = resource
        self.prefix = prefix
        self.index = index
        self.problems = problems
        self.resource_type = str(resource["resourceType"])
        self.is_eob = self.resource_type == "ExplanationOfBenefit"
        self.where = prefix.rstrip(".") or "resource"

    def problem(self, loc: Iterable[object], message: str) -> None:
        path = _path(self.prefix, loc)
        self.problems.add(path, path.removeprefix(self.prefix), message)

    # --- validation --------------------------------------------------------------------------

    def _validated(self) -> Any | None:
        model, parts = _READ[self.resource_type]
        try:
            return model.model_validate(self.resource)
        except ValidationError as error:
            errors = error.errors()
        fatal = [e for e in errors if self._is_read(e["loc"]) and e["type"] != "extra_forbidden"]
        for e in fatal:
            self.problem(e["loc"], _message(e))
        if fatal:
            return None
        return self._tolerant_view(parts, errors)

    def _is_read(self, loc: tuple[object, ...]) -> bool:
        if not loc:
            return True
        top = loc[0]
        if top in _READ_PRIMITIVES:
            return True
        parts = _READ[self.resource_type][1]
        if top not in parts:
            return False
        sub_read = parts[str(top)][1]
        names = [part for part in loc[1:] if isinstance(part, str)]
        return sub_read is None or not names or names[0] in sub_read

    def _tolerant_view(
        self, parts: dict[str, tuple[type, set[str] | None]], errors: list[dict[str, Any]]
    ) -> Any | None:
        cleaned = copy.deepcopy(self.resource)
        for error in errors:  # drop what is unknown or broken where we do not read
            _delete(cleaned, error["loc"], keep_top=str(error["loc"][0]) in parts)
        view = SimpleNamespace(
            id=cleaned.get("id"), status=cleaned.get("status"), outcome=cleaned.get("outcome")
        )
        for name, (model, _sub) in parts.items():
            value = cleaned.get(name)
            try:
                if value is None:
                    setattr(view, name, None)
                elif isinstance(value, list):
                    setattr(view, name, [model.model_validate(v) for v in value])
                else:
                    setattr(view, name, model.model_validate(value))
            except ValidationError as error:
                for e in error.errors():
                    self.problem((name, *e["loc"]), _message(e))
                return None
            except (TypeError, AttributeError):
                self.problem((name,), "malformed element")
                return None
        return view

    # --- reading -----------------------------------------------------------------------------

    def claim(self) -> Claim | None:
        before = len(self.problems.items)
        view = self._validated()
        if view is None:
            return None
        kind = self._kind(view)
        claim_number = self._claim_number(view)
        member_id = self._member_id(view)
        payer_name, payer_id = self._payer(view)
        diagnoses, system, sequence_to_pointer = self._diagnoses(view)
        lines = self._lines(view, sequence_to_pointer)
        period = self._period(view, lines)
        status = self._status(view, lines)
        patient = self._resolve(view.patient)
        birth_date, sex = _demographics(patient)
        totals = self._totals(view)
        if len(self.problems.items) > before or kind is None or period is None:
            return None
        if status is None:
            return None
        billed = totals.submitted
        if billed is None:
            billed = sum((line.billed for line in lines), Decimal("0.00"))
        paid = totals.paid if totals.paid is not None else _known_sum(line.paid for line in lines)
        allowed = totals.allowed
        if allowed is None:
            allowed = _known_sum(line.allowed for line in lines)
        responsibility = _known_sum(line.patient_responsibility for line in lines)
        place_of_service = next(
            (line.place_of_service for line in lines if line.place_of_service), ""
        )
        return Claim(
            claim_number=claim_number,
            kind=kind,
            member_id=member_id,
            payer_name=payer_name,
            payer_id=payer_id,
            service_from=period[0],
            service_to=period[1],
            billing_provider=self._provider(view.provider) or Provider(),
            rendering_provider=self._rendering(view),
            facility=self._provider(view.facility),
            place_of_service=place_of_service if kind == ClaimKind.PROFESSIONAL else "",
            emergency=place_of_service == "23"
            or any(line.revenue_code.startswith("045") for line in lines),
            diagnosis_codes=diagnoses,
            diagnosis_code_system=system,
            frequency="8" if view.status == "cancelled" and not self.is_eob else "1",
            status=status,
            billed=billed,
            allowed=allowed if self.is_eob else None,
            paid=paid if self.is_eob else None,
            patient_responsibility=responsibility if self.is_eob else None,
            lines=tuple(lines),
            patient_birth_date=birth_date,
            patient_sex=sex,
            source="fhir-eob" if self.is_eob else "fhir-claim",
            source_location=f"{self.resource_type} at {self.where}",
        )

    def _kind(self, view: Any) -> ClaimKind | None:
        codes = _codes(view.type)
        if "professional" in codes:
            return ClaimKind.PROFESSIONAL
        if "institutional" in codes:
            return ClaimKind.INSTITUTIONAL
        self.problem(("type",), "expected a claim type of professional or institutional")
        return None

    def _claim_number(self, view: Any) -> str:
        identifiers = view.identifier or []
        for identifier in identifiers:
            typed = "uc" in _codes(identifier.type)
            if identifier.value and (typed or (identifier.system or "").endswith("/clm_id")):
                return str(identifier.value)
        if identifiers and identifiers[0].value:
            return str(identifiers[0].value)
        if self.is_eob and view.claim is not None:
            if view.claim.identifier is not None and view.claim.identifier.value:
                return str(view.claim.identifier.value)
            claim = self._resolve(view.claim)
            if claim and isinstance(claim.get("identifier"), list) and claim["identifier"]:
                value = claim["identifier"][0].get("value")
                if isinstance(value, str) and value:
                    return value
            reference_id = _reference_id(view.claim)
            if reference_id:
                return reference_id
        if not self.is_eob and isinstance(view.id, str) and view.id:
            return view.id
        self.problem(("identifier",), "no claim number (identifier, or claim reference)")
        return ""

    def _member_id(self, view: Any) -> str:
        coverage = self._focal_coverage(view)
        if coverage and isinstance(coverage.get("subscriberId"), str) and coverage["subscriberId"]:
            return str(coverage["subscriberId"])
        patient_reference = view.patient
        if patient_reference is None:
            self.problem(("patient",), "the patient is required (it gives the member id)")
            return ""
        if patient_reference.identifier is not None and patient_reference.identifier.value:
            return str(patient_reference.identifier.value)
        patient = self._resolve(patient_reference)
        for identifier in (patient or {}).get("identifier") or []:
            if not isinstance(identifier, dict):
                continue
            codes = {
                coding.get("code")
                for coding in (identifier.get("type") or {}).get("coding") or []
                if isinstance(coding, dict)
            }
            if "MB" in codes and isinstance(identifier.get("value"), str):
                return str(identifier["value"])
        reference_id = _reference_id(patient_reference)
        if reference_id:
            return reference_id
        self.problem(("patient",), "no member id: no subscriberId, identifier or reference")
        return ""

    def _focal_coverage(self, view: Any) -> dict[str, Any] | None:
        insurances = view.insurance or []
        focal = [i for i in insurances if i.focal] or insurances
        if not focal or focal[0].coverage is None:
            return None
        return self._resolve(focal[0].coverage)

    def _payer(self, view: Any) -> tuple[str, str]:
        insurer = view.insurer
        name, payer_id = "", ""
        if insurer is not None:
            name = insurer.display or str((self._resolve(insurer) or {}).get("name") or "")
            if insurer.identifier is not None and insurer.identifier.value:
                payer_id = str(insurer.identifier.value)
        if not name:
            coverage = self._focal_coverage(view)
            payors = (coverage or {}).get("payor") or []
            if payors and isinstance(payors[0], dict) and isinstance(payors[0].get("display"), str):
                name = payors[0]["display"]
        if not name:
            insurances = [i for i in (view.insurance or []) if i.coverage is not None]
            focal = [i for i in insurances if i.focal] or insurances
            if focal and focal[0].coverage.display:
                name = str(focal[0].coverage.display)
        if not name:
            self.problem(("insurer",), "no payer: neither insurer nor insurance coverage names one")
        return name, payer_id

    def _resolve(self, reference: Any) -> dict[str, Any] | None:
        if reference is None or not reference.reference:
            return None
        target = str(reference.reference)
        if target.startswith("#"):
            for contained in self.resource.get("contained") or []:
                if isinstance(contained, dict) and contained.get("id") == target[1:]:
                    return contained
            return None
        return self.index.get(target)

    def _provider(self, reference: Any) -> Provider | None:
        if reference is None:
            return None
        resolved = self._resolve(reference) or {}
        name = reference.display or _name(resolved)
        npi = ""
        if reference.identifier is not None and reference.identifier.system == NPI_SYSTEM:
            npi = str(reference.identifier.value or "")
        for identifier in resolved.get("identifier") or []:
            if isinstance(identifier, dict) and identifier.get("system") == NPI_SYSTEM:
                npi = npi or str(identifier.get("value") or "")
        return Provider(npi=npi, name=str(name or ""))

    def _rendering(self, view: Any) -> Provider | None:
        for member in view.careTeam or []:
            if _codes(member.role) & {"primary", "performing", "rendering", "attending"}:
                return self._provider(member.provider)
        return None

    def _diagnoses(self, view: Any) -> tuple[tuple[str, ...], str, dict[int, int]]:
        codes: list[str] = []
        systems: set[str] = set()
        sequence_to_pointer: dict[int, int] = {}
        diagnoses = sorted(view.diagnosis or [], key=lambda d: d.sequence or 0)
        for diagnosis in diagnoses:
            concept = diagnosis.diagnosisCodeableConcept
            for coding in (concept.coding or []) if concept else []:
                if coding.system in (ICD10, ICD9) and coding.code:
                    codes.append(str(coding.code).replace(".", "").upper())
                    systems.add("icd9cm" if coding.system == ICD9 else "icd10cm")
                    sequence_to_pointer[diagnosis.sequence] = len(codes)
                    break
        if len(systems) > 1:
            self.problem(("diagnosis",), "mixes ICD-9-CM and ICD-10-CM codes")
        return tuple(codes), "icd9cm" if systems == {"icd9cm"} else "icd10cm", sequence_to_pointer

    def _lines(self, view: Any, sequence_to_pointer: dict[int, int]) -> list[Line]:
        lines = []
        for position, item in enumerate(view.item or []):
            code, code_system = _procedure(item.productOrService)
            pointers = []
            for sequence in item.diagnosisSequence or []:
                if sequence not in sequence_to_pointer:
                    self.problem(
                        ("item", position, "diagnosisSequence"),
                        f"diagnosis sequence {sequence} is not an ICD diagnosis of the claim",
                    )
                    continue
                pointers.append(sequence_to_pointer[sequence])
            # A Claim's items carry no adjudication; an EOB's do.
            adjudications = getattr(item, "adjudication", None)
            amounts = self._adjudication(adjudications, ("item", position))
            quantity = item.quantity.value if item.quantity and item.quantity.value else None
            units = Decimal(quantity) if quantity is not None else Decimal(1)
            billed = self._money(item.net, ("item", position, "net"))
            if billed is None and item.unitPrice is not None:
                # Round the product, not the unit price: 2 x 15.005 is 30.01.
                unit_price = self._money(
                    item.unitPrice, ("item", position, "unitPrice"), exact=True
                )
                billed = to_cents(unit_price * units) if unit_price is not None else None
            if billed is None:
                billed = amounts.submitted if amounts.submitted is not None else Decimal("0.00")
            service_from, service_to = _served(item)
            adjustments = tuple(
                Adjustment("PR", reason, amount)
                for category, reason in _COST_SHARING_REASONS
                if (amount := getattr(amounts, category))
            )
            responsibility = amounts.patient_responsibility
            if responsibility is None and self.is_eob:
                responsibility = sum((a.amount for a in adjustments), Decimal("0.00"))
            lines.append(
                Line(
                    number=item.sequence,
                    procedure_code=code,
                    procedure_code_system=code_system,
                    modifiers=tuple(c for m in item.modifier or [] for c in _code_list(m)),
                    units=units,
                    billed=billed,
                    service_from=service_from,
                    service_to=service_to,
                    place_of_service=next(iter(_code_list(item.locationCodeableConcept)), ""),
                    revenue_code=next(iter(_code_list(item.revenue)), ""),
                    diagnosis_pointers=tuple(pointers),
                    allowed=amounts.allowed,
                    paid=amounts.paid,
                    deductible=amounts.deductible,
                    copay=amounts.copay,
                    coinsurance=amounts.coinsurance,
                    other_payer_paid=amounts.other_payer_paid,
                    patient_responsibility=responsibility,
                    adjustments=adjustments,
                )
            )
        if not lines:
            self.problem(("item",), "the claim has no item")
        return lines

    def _adjudication(self, adjudications: Any, loc: tuple[object, ...]) -> _Amounts:
        amounts = _Amounts()
        for position, adjudication in enumerate(adjudications or []):
            for code in _code_list(adjudication.category):
                target = _CATEGORY.get(code.rsplit("/", 1)[-1])
                if target is None:
                    continue
                amount = self._money(
                    adjudication.amount, (*loc, "adjudication", position, "amount")
                )
                if amount is not None:
                    setattr(amounts, target, (getattr(amounts, target) or 0) + amount)
                break
        return amounts

    def _money(self, money: Any, loc: tuple[object, ...], *, exact: bool = False) -> Decimal | None:
        if money is None or money.value is None:
            return None
        if money.currency not in (None, "USD"):
            self.problem((*loc, "currency"), "only USD amounts are supported")
            return None
        value = Decimal(money.value)  # already exact: the JSON was read with parse_float=Decimal
        return value if exact else to_cents(value)

    def _totals(self, view: Any) -> _Amounts:
        if not self.is_eob:
            return _Amounts(submitted=self._money(view.total, ("total",)))
        totals = _Amounts()
        for position, total in enumerate(view.total or []):
            for code in _code_list(total.category):
                target = _CATEGORY.get(code.rsplit("/", 1)[-1])
                if target is not None:
                    amount = self._money(total.amount, ("total", position, "amount"))
                    setattr(totals, target, amount)
                    break
        if totals.paid is None and view.payment is not None:
            totals.paid = self._money(view.payment.amount, ("payment", "amount"))
        return totals

    def _period(self, view: Any, lines: list[Line]) -> tuple[date, date] | None:
        dated = [line for line in lines if line.service_from]
        if dated:
            return (
                min(line.service_from for line in dated if line.service_from),
                max(line.service_to or line.service_from for line in dated if line.service_from),
            )
        period = view.billablePeriod
        start = _day(period.start) if period else None
        if start is None:
            self.problem(("billablePeriod", "start"), "no date of service (items or period)")
            return None
        end = _day(period.end) if period and period.end else start
        return start, end or start

    def _status(self, view: Any, lines: list[Line]) -> ClaimStatus | None:
        if view.status not in _STATUS_CODES:
            self.problem(("status",), "expected active, cancelled, draft or entered-in-error")
            return None
        if view.status == "entered-in-error":
            self.problem(("status",), "the resource was entered in error; nothing to import")
            return None
        if not self.is_eob:
            return ClaimStatus.SUBMITTED
        if view.status == "cancelled":
            return ClaimStatus.REVERSED
        if view.outcome not in _OUTCOMES:
            self.problem(("outcome",), "expected queued, complete, error or partial")
            return None
        if view.outcome == "queued":
            return ClaimStatus.PENDED
        if view.outcome == "error":
            return ClaimStatus.DENIED
        if view.outcome == "partial":
            return ClaimStatus.PARTIALLY_PAID
        # Billed lines that were neither paid nor left to the member were denied; a claim of
        # unpriced items only (Synthea's encounter line) has nothing to deny.
        billed_something = any(line.billed for line in lines)
        paid_nothing = all(not line.paid for line in lines)
        owes_nothing = all(not line.patient_responsibility for line in lines)
        if billed_something and paid_nothing and owes_nothing:
            return ClaimStatus.DENIED
        return ClaimStatus.PAID


def _delete(tree: Any, loc: tuple[object, ...], *, keep_top: bool) -> None:
    """Remove the element an error points at; for an element we read, only its unread part."""
    path = list(loc)
    # Strip to the first string key below the first top-level-read element, or the top itself.
    if keep_top:
        names = [i for i, part in enumerate(path) if isinstance(part, str)]
        if len(names) < 2:
            return
        path = path[: names[1] + 1]
    else:
        path = path[:1]
    node = tree
    for part in path[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return
    if isinstance(node, dict):
        node.pop(path[-1], None)


def _codes(concept: Any) -> set[str]:
    return set(_code_list(concept))


def _code_list(concept: Any) -> list[str]:
    if concept is None:
        return []
    return [str(coding.code) for coding in concept.coding or [] if coding.code]


def _procedure(concept: Any) -> tuple[str, str]:
    codings = [coding for coding in (concept.coding or []) if coding.code] if concept else []
    for coding in codings:
        if _PROCEDURE_SYSTEMS.get(coding.system or "") == "hcpcs":
            return str(coding.code), "hcpcs"
    if codings:
        system = codings[0].system or ""
        return str(codings[0].code), _PROCEDURE_SYSTEMS.get(system, system or "unknown")
    return "", "hcpcs"


def _served(item: Any) -> tuple[date | None, date | None]:
    if item.servicedDate is not None:
        return _day(item.servicedDate), _day(item.servicedDate)
    if item.servicedPeriod is not None and item.servicedPeriod.start is not None:
        start = _day(item.servicedPeriod.start)
        end = _day(item.servicedPeriod.end) if item.servicedPeriod.end else start
        return start, end
    return None, None


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()  # the day where the service happened (its own offset)
    if isinstance(value, date):
        return value
    return None


def _reference_id(reference: Any) -> str:
    target = str(reference.reference or "") if reference is not None else ""
    if target.startswith("urn:uuid:"):
        return target.removeprefix("urn:uuid:")
    if "/" in target:
        return target.rsplit("/", 1)[-1]
    return ""


def _name(resource: dict[str, Any]) -> str:
    name = resource.get("name")
    if isinstance(name, str):
        return name
    if isinstance(name, list) and name and isinstance(name[0], dict):
        given = " ".join(str(g) for g in name[0].get("given") or [])
        return f"{given} {name[0].get('family') or ''}".strip()
    return ""


def _demographics(patient: dict[str, Any] | None) -> tuple[date | None, str]:
    if not patient:
        return None, ""
    birth_date = None
    text = patient.get("birthDate")
    if isinstance(text, str) and len(text) == 10:
        try:
            birth_date = date.fromisoformat(text)
        except ValueError:
            birth_date = None
    sex = {"female": "F", "male": "M", "other": "U", "unknown": "U"}.get(
        str(patient.get("gender")), ""
    )
    return birth_date, sex


def _known_sum(amounts: Iterable[Decimal | None]) -> Decimal | None:
    known = [amount for amount in amounts if amount is not None]
    return sum(known, Decimal("0.00")) if known else None
