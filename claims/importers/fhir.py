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
  copay, coinsurance, priorpayerpaid -> other payer, memberliability -> patient responsibility,
  paidtoprovider, paidtopatient, paidbypatient, noncovered, discount -> their own fields; each
  category read once, never two added up (a second, different amount is kept out with a note).
  CMS Blue Button's variables decide where they are narrower than their category (a per-unit
  rate coded "submitted" is kept as rev_cntr_rate_amt, not billed); a category with no field
  is kept under its own code. Without a stated memberliability, cost sharing becomes PR
  adjustments (1 deductible, 2 coinsurance, 3 copay) and is what the member owes, as for an
  835; a stated memberliability stands alone. Paid is the benefit, else paid to provider plus
  paid to patient (per line), else payment.amount (per claim);
- network: CARIN's billingnetworkstatus and renderingnetworkstatus slices (or extensions of
  those names) set the providers' network; benefitpaymentstatus the tier the plan paid at;
- non-financial: CARIN's NonFinancial profiles (or an EOB with no amount at all) are marked
  so, and the store keeps a known claim's amounts when such a file updates it;
- procedure: the productOrService coding from HCPCS or CPT (Blue Button's own HCPCS URLs too)
  when present, else the first coding, with its system in Line.procedure_code_system ("cdt",
  "ndc", "snomed", "cvx"; "absent" for CARIN's data-absent-reason, "other" for a system the
  checks do not read, each with a line note); revenue codes from NUBC, FHIR's example set or
  Blue Button's rev_cntr (4 digits; placeholders such as "Dummy" skipped with a note); a
  modifier, place of service or NDC of the wrong shape is skipped with a note, never a refusal;
- kind: professional, institutional, oral (dental) or pharmacy; vision is read as professional;
- diagnoses: ICD-10-CM (or ICD-9-CM) codings, in diagnosis.sequence order; item
  diagnosisSequence values become 1-based pointers into them;
- dates of service: the items' servicedDate/servicedPeriod, else billablePeriod (Synthea's EOB
  billablePeriod spans the coverage year, not the visit).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from dataclasses import replace
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
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from claims.importers import (
    Problems,
    json_error_place,
    json_shape_problem,
    text_from_bytes,
    to_cents,
)
from claims.records import (
    CLAIM_AMOUNTS,
    LINE_AMOUNTS,
    Adjustment,
    Claim,
    ClaimKind,
    ClaimStatus,
    Line,
    Network,
    Provider,
)

NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
ICD9 = "http://hl7.org/fhir/sid/icd-9-cm"
BLUE_BUTTON_VARIABLES = "https://bluebutton.cms.gov/resources/variables/"
DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
NDC = "http://hl7.org/fhir/sid/ndc"
_PROCEDURE_SYSTEMS = {
    "http://www.ama-assn.org/go/cpt": "hcpcs",
    "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets": "hcpcs",
    "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets": "hcpcs",
    "urn:oid:2.16.840.1.113883.6.285": "hcpcs",
    "https://bluebutton.cms.gov/resources/codesystem/hcpcs": "hcpcs",
    f"{BLUE_BUTTON_VARIABLES}hcpcs_cd": "hcpcs",
    "http://www.ada.org/cdt": "cdt",
    "http://ada.org/cdt": "cdt",
    "http://snomed.info/sct": "snomed",
    "http://hl7.org/fhir/sid/cvx": "cvx",
    "http://www.nlm.nih.gov/research/umls/rxnorm": "rxnorm",
    NDC: "ndc",
}
# Revenue codes: NUBC's (4 digits), the FHIR example set, and Blue Button's rev_cntr variable.
_REVENUE_SYSTEMS = (
    "https://www.nubc.org/CodeSystem/RevenueCodes",
    "http://terminology.hl7.org/CodeSystem/ex-revenue-center",
    f"{BLUE_BUTTON_VARIABLES}rev_cntr",
)
_NETWORK_CODES = {
    "innetwork": Network.IN,
    "contracted": Network.IN,
    "outofnetwork": Network.OUT,
    "noncontracted": Network.OUT,
}
# CARIN's adjudication slices that carry a status in `reason` rather than an amount.
_NETWORK_SLICES = {"benefitpaymentstatus", "billingnetworkstatus", "renderingnetworkstatus"}

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
_READ: dict[str, tuple[type[BaseModel], dict[str, tuple[type[BaseModel], set[str] | None]]]] = {
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

# Adjudication categories (FHIR's adjudication codes and CARIN Blue Button's C4BBAdjudication)
# -> the field each is read into. Every category has its own field: none is added to another.
_CATEGORY = {
    "submitted": "submitted",
    "eligible": "allowed",
    "benefit": "paid",
    "deductible": "deductible",
    "copay": "copay",
    "coinsurance": "coinsurance",
    "priorpayerpaid": "other_payer_paid",
    "memberliability": "patient_responsibility",
    "paidtoprovider": "paid_to_provider",
    "paidtopatient": "paid_to_patient",
    "paidbypatient": "paid_by_patient",
    "noncovered": "noncovered",
    "discount": "discount",
}
# CMS Blue Button codes each entry twice: a FHIR/CARIN category and its own variable. Where
# the variable is narrower than the category (a per-unit rate coded "submitted", the primary
# payer's allowed coded "eligible", the blood deductible beside the cash one), the amount is
# kept under the variable's name instead; where the category is plainly wrong for the variable
# (the beneficiary's payment coded "paidtoprovider"), the variable decides.
_BLUE_BUTTON_OWN = {
    "rev_cntr_rate_amt",
    "rev_cntr_pmt_amt_amt",
    "line_dme_prchs_price_amt",
    "line_prmry_alowd_chrg_amt",
    "rev_cntr_blood_ddctbl_amt",
    "rev_cntr_rdcd_coinsrnc_amt",
    "rev_cntr_2nd_msp_pd_amt",
}
_BLUE_BUTTON_FIELD = {
    "line_bene_pmt_amt": "paid_to_patient",
    "rev_cntr_bene_pmt_amt": "paid_to_patient",
    "line_prvdr_pmt_amt": "paid_to_provider",
    "rev_cntr_prvdr_pmt_amt": "paid_to_provider",
}
# A Blue Button variable alone (Synthea and Blue Button v1 give no other category) is read
# into the field it names.
_BLUE_BUTTON_CATEGORY = {
    **_BLUE_BUTTON_FIELD,
    "line_sbmtd_chrg_amt": "submitted",
    "rev_cntr_tot_chrg_amt": "submitted",
    "clm_tot_chrg_amt": "submitted",
    "line_alowd_chrg_amt": "allowed",
    "line_nch_pmt_amt": "paid",
    "line_bene_ptb_ddctbl_amt": "deductible",
    "rev_cntr_cash_ddctbl_amt": "deductible",
    "line_coinsrnc_amt": "coinsurance",
    "rev_cntr_coinsrnc_wge_adjstd_c": "coinsurance",
    "line_bene_prmry_pyr_pd_amt": "other_payer_paid",
    "rev_cntr_1st_msp_pd_amt": "other_payer_paid",
    "rev_cntr_ncvrd_chrg_amt": "noncovered",
    "rev_cntr_ptnt_rspnsblty_pmt": "paid_by_patient",
}
_FIELD_WORDS = {
    "submitted": "submitted",
    "allowed": "allowed (eligible)",
    "paid": "benefit",
    "patient_responsibility": "member liability",
    "other_payer_paid": "prior payer paid",
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
    except json.JSONDecodeError as error:
        problems.add(*json_error_place(text, error))
        problems.reject_if_any()
    except ValueError as error:
        problems.add("document", "JSON", f"not valid JSON: {error}")
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


def _message(error: ErrorDetails) -> str:
    # pydantic's messages describe the expectation, not the input; keep them short.
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ").strip()
    return message.split("\n")[0][:160]


class _Amounts:
    """The amounts of one item (or of the totals), one per category, and what was noted."""

    def __init__(self) -> None:
        self.values: dict[str, Decimal] = {}
        self.other: dict[str, Decimal] = {}
        self.notes: list[str] = []

    def get(self, name: str) -> Decimal | None:
        return self.values.get(name)

    def put(self, name: str, amount: Decimal, *, own_name: bool = False) -> None:
        target = self.other if own_name else self.values
        known = target.get(name)
        if known is None:
            target[name] = amount
        elif known != amount:
            # Two different amounts for one category: keep the first, never add them up.
            word = name if own_name else _FIELD_WORDS.get(name, name.replace("_", " "))
            self.notes.append(f"{word} is given twice with different amounts; kept the first")

    @property
    def any(self) -> bool:
        return bool(self.values or self.other)


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
        self,
        parts: dict[str, tuple[type[BaseModel], set[str] | None]],
        errors: list[ErrorDetails],
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
        notes: list[str] = []
        kind = self._kind(view, notes)
        claim_number = self._claim_number(view)
        member_id = self._member_id(view)
        payer_name, payer_id = self._payer(view)
        diagnoses, system, sequence_to_pointer = self._diagnoses(view)
        networks = self._networks(view)
        lines = self._lines(view, sequence_to_pointer)
        period = self._period(view, lines)
        patient = self._resolve(view.patient)
        birth_date, sex = _demographics(patient)
        totals = self._totals(view)
        notes += totals.notes
        if len(self.problems.items) > before or kind is None or period is None:
            return None
        amounts = self._claim_amounts(view, totals, lines)
        status = self._status(view, lines, amounts.get("paid"))
        if status is None:
            return None
        billed = totals.get("submitted")
        if billed is None:
            billed = sum((line.billed for line in lines), Decimal("0.00"))
        place_of_service = next(
            (line.place_of_service for line in lines if line.place_of_service), ""
        )
        bill_type, admission_type = self._institutional_codes(notes)
        billing = self._provider(view.provider) or Provider()
        rendering = self._rendering(view)
        if networks.get("billing"):
            billing = replace(billing, network=networks["billing"])
        if rendering is not None and networks.get("rendering"):
            rendering = replace(rendering, network=networks["rendering"])
        eob_amounts = (
            {name: amounts.get(name) for name in ("allowed", "paid", *CLAIM_AMOUNTS)}
            if self.is_eob
            else {}
        )
        return Claim(
            claim_number=claim_number,
            kind=kind,
            member_id=member_id,
            payer_name=payer_name,
            payer_id=payer_id,
            service_from=period[0],
            service_to=period[1],
            billing_provider=billing,
            rendering_provider=rendering,
            facility=self._provider(view.facility),
            place_of_service=place_of_service if kind == ClaimKind.PROFESSIONAL else "",
            bill_type=bill_type if kind == ClaimKind.INSTITUTIONAL else "",
            admission_type=admission_type if kind == ClaimKind.INSTITUTIONAL else "",
            emergency=place_of_service == "23"
            or admission_type == "1"
            or any(line.revenue_code.startswith("045") for line in lines),
            diagnosis_codes=diagnoses,
            diagnosis_code_system=system,
            frequency=self._frequency(view, bill_type),
            status=status,
            billed=billed,
            # Names of Claim's amounts, every one Decimal | None: mypy cannot follow a ** of them.
            **eob_amounts,  # type: ignore[arg-type]
            patient_responsibility=amounts.get("patient_responsibility") if self.is_eob else None,
            other_amounts=tuple(sorted(totals.other.items())) if self.is_eob else (),
            benefit_network=networks.get("benefit", Network.UNKNOWN),
            financial=self._financial(view, totals, lines),
            notes=tuple(dict.fromkeys(notes)),
            lines=tuple(lines),
            patient_birth_date=birth_date,
            patient_sex=sex,
            source="fhir-eob" if self.is_eob else "fhir-claim",
            source_location=f"{self.resource_type} at {self.where}",
        )

    def _frequency(self, view: Any, bill_type: str) -> str:
        """8 (void) when cancelled; 7 (replacement) when it names a prior claim it replaces
        (related.relationship prior) or its type of bill ends in 7; else the type of bill's
        last digit, else 1 (original)."""
        if view.status == "cancelled":
            return "8"
        for related in self.resource.get("related") or []:
            if isinstance(related, dict) and "prior" in _raw_codes(related.get("relationship")):
                return "7"
        if len(bill_type) == 3 and bill_type[2] in "1234578":
            return bill_type[2]
        return "1"

    def _kind(self, view: Any, notes: list[str]) -> ClaimKind | None:
        codes = _codes(view.type)
        for kind in ClaimKind:
            if kind.value in codes:
                return kind
        if "vision" in codes:
            notes.append("a vision claim: read as professional")
            return ClaimKind.PROFESSIONAL
        self.problem(
            ("type",),
            "expected a claim type of professional, institutional, oral, pharmacy or vision",
        )
        return None

    def _financial(self, view: Any, totals: _Amounts, lines: list[Line]) -> bool:
        """False for CARIN's non-financial profiles, and for any EOB that states no amount."""
        profiles = (self.resource.get("meta") or {}).get("profile") or []
        if any(isinstance(p, str) and "NonFinancial" in p for p in profiles):
            return False
        if not self.is_eob:
            return True
        line_amounts = any(
            line.billed or any(getattr(line, name) is not None for name in LINE_AMOUNTS)
            for line in lines
        )
        return totals.any or view.payment is not None or line_amounts

    def _institutional_codes(self, notes: list[str]) -> tuple[str, str]:
        """Type of bill and admission type from supportingInfo (and Blue Button's claim
        variables); a code that is not one is noted and skipped."""
        bill_type = admission_type = frequency = ""
        for info in self.resource.get("supportingInfo") or []:
            if not isinstance(info, dict):
                continue
            category = _raw_codes(info.get("category"))
            codings = _raw_codings(info.get("code"))
            if "typeofbill" in category:
                for system, code in codings:
                    if system.endswith("/clm_freq_cd") and code.isdigit() and len(code) == 1:
                        frequency = code
                    elif code.isdigit() and 3 <= len(code) <= 4:
                        bill_type = code[-3:]
                    else:
                        notes.append(f"type of bill {code[:12]!r} is not 3 digits: skipped")
            elif "admtype" in category:
                for _system, code in codings:
                    if code.isdigit() and len(code) == 1:
                        admission_type = code
                    else:
                        notes.append(f"admission type {code[:12]!r} is not 1 digit: skipped")
        if not bill_type and frequency:
            facility = _extension_code(self.resource, "clm_fac_type_cd")
            classification = _extension_code(self.resource, "clm_srvc_clsfctn_type_cd")
            if len(facility) == 1 and len(classification) == 1:
                bill_type = facility + classification + frequency
        return bill_type, admission_type

    def _networks(self, view: Any) -> dict[str, Network]:
        """Network statuses from CARIN's adjudication slices (header, else the items) and
        from extensions named for them: billing, rendering, and the benefit tier paid."""
        found: dict[str, Network] = {}
        slots = {
            "billingnetworkstatus": "billing",
            "renderingnetworkstatus": "rendering",
            "benefitpaymentstatus": "benefit",
        }
        for extension in self.resource.get("extension") or []:
            if isinstance(extension, dict) and isinstance(extension.get("url"), str):
                name = extension["url"].rsplit("/", 1)[-1].lower()
                code = str((extension.get("valueCoding") or {}).get("code") or "")
                if name in slots and code in _NETWORK_CODES:
                    found.setdefault(slots[name], _NETWORK_CODES[code])
        for adjudication in getattr(view, "adjudication", None) or []:
            for code in _code_list(adjudication.category):
                if code in slots:
                    status = _network_of(adjudication.reason)
                    if status is not None:
                        found.setdefault(slots[code], status)
        if "benefit" not in found:
            per_item = []
            for item in view.item or []:
                for adjudication in getattr(item, "adjudication", None) or []:
                    if "benefitpaymentstatus" in _code_list(adjudication.category):
                        per_item.append(_network_of(adjudication.reason))
            if Network.OUT in per_item:
                found["benefit"] = Network.OUT
            elif per_item and all(status is Network.IN for status in per_item):
                found["benefit"] = Network.IN
        return found

    def _claim_amounts(self, view: Any, totals: _Amounts, lines: list[Line]) -> _Amounts:
        """The claim's amounts: its totals where stated, else what its lines add up to; the
        plan's payment from the benefit total, else payment.amount, else the payments to
        provider and patient, else the lines'."""
        amounts = _Amounts()
        for name in ("allowed", "patient_responsibility", *CLAIM_AMOUNTS):
            stated = totals.get(name)
            value = stated if stated is not None else _known_sum(getattr(ln, name) for ln in lines)
            if value is not None:
                amounts.put(name, value)
        paid = totals.get("paid")
        if paid is None and getattr(view, "payment", None) is not None:
            paid = self._money(view.payment.amount, ("payment", "amount"))
        if paid is None:
            paid = _known_sum([totals.get("paid_to_provider"), totals.get("paid_to_patient")])
        if paid is None:
            paid = _known_sum(line.paid for line in lines)
        if paid is not None:
            amounts.put("paid", paid)
        return amounts

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
        if not name and payer_id:
            name = payer_id  # Blue Button's insurer is an identifier only ("CMS")
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
        raw_items = self.resource.get("item") or []
        for position, item in enumerate(view.item or []):
            raw = raw_items[position] if position < len(raw_items) else {}
            notes: list[str] = []
            code, code_system, ndc = _procedure(item.productOrService, raw, notes)
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
            notes += amounts.notes
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
                submitted = amounts.get("submitted")
                billed = submitted if submitted is not None else Decimal("0.00")
            service_from, service_to = _served(item)
            # Without a stated member liability, the cost sharing is what the member owes, as
            # PR adjustments (as an 835 says it). A stated one stands alone: the file gave no
            # adjustment reasons, so none are made up to compare it with.
            responsibility = amounts.get("patient_responsibility")
            adjustments: tuple[Adjustment, ...] = ()
            if responsibility is None:
                adjustments = tuple(
                    Adjustment("PR", reason, amount)
                    for category, reason in _COST_SHARING_REASONS
                    if (amount := amounts.get(category))
                )
            cost_sharing_stated = any(
                amounts.get(name) is not None for name, _ in _COST_SHARING_REASONS
            )
            if responsibility is None and self.is_eob and cost_sharing_stated:
                responsibility = sum((a.amount for a in adjustments), Decimal("0.00"))
            paid = amounts.get("paid")
            if paid is None:
                paid = _known_sum([amounts.get("paid_to_provider"), amounts.get("paid_to_patient")])
            lines.append(
                Line(
                    number=item.sequence,
                    procedure_code=code,
                    procedure_code_system=code_system,
                    modifiers=_modifiers(item.modifier, notes),
                    units=units,
                    billed=billed,
                    service_from=service_from,
                    service_to=service_to,
                    place_of_service=_place_of_service(item.locationCodeableConcept, notes),
                    revenue_code=_revenue_code(item.revenue, notes),
                    diagnosis_pointers=tuple(pointers),
                    ndc=ndc,
                    allowed=amounts.get("allowed"),
                    paid=paid,
                    deductible=amounts.get("deductible"),
                    copay=amounts.get("copay"),
                    coinsurance=amounts.get("coinsurance"),
                    other_payer_paid=amounts.get("other_payer_paid"),
                    patient_responsibility=responsibility,
                    paid_to_provider=amounts.get("paid_to_provider"),
                    paid_to_patient=amounts.get("paid_to_patient"),
                    paid_by_patient=amounts.get("paid_by_patient"),
                    noncovered=amounts.get("noncovered"),
                    discount=amounts.get("discount"),
                    other_amounts=tuple(sorted(amounts.other.items())),
                    notes=tuple(dict.fromkeys(notes)),
                    adjustments=adjustments,
                )
            )
        if not lines:
            self.problem(("item",), "the claim has no item")
        return lines

    def _adjudication(self, adjudications: Any, loc: tuple[object, ...]) -> _Amounts:
        amounts = _Amounts()
        for position, adjudication in enumerate(adjudications or []):
            codings = [
                (str(coding.system or ""), str(coding.code))
                for coding in (adjudication.category.coding or [] if adjudication.category else [])
                if coding.code
            ]
            codes = [code for _system, code in codings]
            if not codings or _NETWORK_SLICES.intersection(codes):
                continue  # a status, read by _networks
            if adjudication.amount is None:
                continue  # a denial reason, allowed units, ...: no amount to read
            amount = self._money(adjudication.amount, (*loc, "adjudication", position, "amount"))
            if amount is None:
                continue
            variable = next(
                (
                    code.removeprefix(BLUE_BUTTON_VARIABLES)
                    for _system, code in codings
                    if code.startswith(BLUE_BUTTON_VARIABLES)
                ),
                "",
            )
            if variable in _BLUE_BUTTON_OWN:
                amounts.put(variable, amount, own_name=True)
                continue
            target = (
                _BLUE_BUTTON_FIELD.get(variable)
                or next((_CATEGORY[code] for code in codes if code in _CATEGORY), None)
                or _BLUE_BUTTON_CATEGORY.get(variable)
            )
            if target is not None:
                amounts.put(target, amount)
            else:
                # A category with no field of its own is kept under its code, not dropped.
                amounts.put((variable or codes[0].rsplit("/", 1)[-1])[:40], amount, own_name=True)
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
            totals = _Amounts()
            submitted = self._money(view.total, ("total",))
            if submitted is not None:
                totals.put("submitted", submitted)
            return totals
        return self._adjudication(view.total, ())

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

    def _status(self, view: Any, lines: list[Line], paid: Decimal | None) -> ClaimStatus | None:
        """A Claim is submitted. An EOB: cancelled is reversed, queued pended, error denied;
        complete or partial, from what was paid: a payment makes it paid (partially paid for
        the outcome partial), Medicare's payment denial code 0 makes it denied, and billed
        lines neither paid nor left to the member were denied."""
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
        if _extension_code(self.resource, "carr_clm_pmt_dnl_cd") == "0":
            return ClaimStatus.DENIED
        if paid:
            return ClaimStatus.PARTIALLY_PAID if view.outcome == "partial" else ClaimStatus.PAID
        # A claim of unpriced items only (Synthea's encounter line) has nothing to deny.
        billed_something = any(line.billed for line in lines)
        owes_nothing = all(not line.patient_responsibility for line in lines)
        if billed_something and owes_nothing:
            return ClaimStatus.DENIED
        return ClaimStatus.PARTIALLY_PAID if view.outcome == "partial" else ClaimStatus.PAID


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


def _procedure(concept: Any, raw_item: dict[str, Any], notes: list[str]) -> tuple[str, str, str]:
    """(code, code system, 11-digit NDC): HCPCS/CPT first, else the first coding. A data-absent
    code (CARIN's room-and-board lines) and a code system the checks do not know are stored
    with a note; a code too long to be a service code is skipped with one."""
    codings = [coding for coding in (concept.coding or []) if coding.code] if concept else []
    ndc = ""
    for extension in (raw_item.get("productOrService") or {}).get("extension") or []:
        if isinstance(extension, dict) and extension.get("url") == NDC:
            ndc = _ndc11(str((extension.get("valueCoding") or {}).get("code") or ""), notes)
    for coding in codings:
        if _PROCEDURE_SYSTEMS.get(coding.system or "") == "hcpcs":
            return _fitting(str(coding.code), "hcpcs", notes), "hcpcs", ndc
    if not codings:
        return "", "hcpcs", ndc
    coding = codings[0]
    system_url = str(coding.system or "")
    if system_url == DATA_ABSENT:
        notes.append(f"no product or service code (data absent: {str(coding.code)[:30]})")
        return "", "absent", ndc
    system = _PROCEDURE_SYSTEMS.get(system_url)
    if system == "ndc":
        ndc = _ndc11(str(coding.code), notes) or ndc
        return ndc, "ndc", ndc
    if system is None:
        notes.append(
            f"product or service code system {system_url[:80] or '(none)'} is not one "
            "the checks read: stored as 'other'"
        )
        system = "other"
    return _fitting(str(coding.code), system, notes), system, ndc


def _fitting(code: str, system: str, notes: list[str]) -> str:
    if len(code) <= 20:
        return code
    notes.append(
        f"a {system} code of {len(code)} characters is too long for a service code: skipped"
    )
    return ""


def _ndc11(code: str, notes: list[str]) -> str:
    """An NDC in the 11-digit 5-4-2 form: the 10-digit 4-4-2, 5-3-2 and 5-4-1 forms padded."""
    parts = code.strip().split("-")
    widths = (5, 4, 2)
    if len(parts) == 3 and all(part.isdigit() for part in parts):
        padded = [part.zfill(width) for part, width in zip(parts, widths, strict=True)]
        if all(len(part) == width for part, width in zip(padded, widths, strict=True)):
            return "".join(padded)
    elif len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 11:
        return parts[0]
    notes.append(f"NDC {code[:20]!r} is not a 10- or 11-digit NDC: skipped")
    return ""


def _modifiers(concepts: Any, notes: list[str]) -> tuple[str, ...]:
    kept = []
    for concept in concepts or []:
        for code in _code_list(concept):
            if len(code) == 2:
                kept.append(code.upper())
            else:
                notes.append(f"modifier {code[:12]!r} is not 2 characters: skipped")
    return tuple(kept)


def _place_of_service(concept: Any, notes: list[str]) -> str:
    for code in _code_list(concept):
        if code.isdigit() and len(code) == 2:
            return code
        notes.append(f"place of service {code[:12]!r} is not a 2-digit CMS code: skipped")
    return ""


def _revenue_code(concept: Any, notes: list[str]) -> str:
    """A 4-digit revenue code (NUBC, FHIR's example set, Blue Button's rev_cntr, which may
    drop the leading zeros); placeholders ("Dummy") are noted and skipped."""
    codings = [coding for coding in (concept.coding or []) if coding.code] if concept else []
    skipped = []
    for coding in codings:
        system, code = str(coding.system or ""), str(coding.code).strip()
        if system not in _REVENUE_SYSTEMS:
            continue
        if code.isdigit() and len(code) <= 4:
            return code.zfill(4)
        skipped.append(code)
    for code in skipped[:1]:
        notes.append(f"revenue code {code[:12]!r} is not a 4-digit NUBC revenue code: skipped")
    return ""


def _network_of(reason: Any) -> Network | None:
    for code in _code_list(reason):
        if code in _NETWORK_CODES:
            return _NETWORK_CODES[code]
    return None


def _raw_codings(concept: object) -> list[tuple[str, str]]:
    if not isinstance(concept, dict):
        return []
    return [
        (str(coding.get("system") or ""), str(coding["code"]))
        for coding in concept.get("coding") or []
        if isinstance(coding, dict) and isinstance(coding.get("code"), str)
    ]


def _raw_codes(concept: object) -> set[str]:
    return {code for _system, code in _raw_codings(concept)}


def _extension_code(resource: dict[str, Any], variable: str) -> str:
    """The code of a Blue Button variable's extension on the resource, or ""."""
    for extension in resource.get("extension") or []:
        if isinstance(extension, dict) and extension.get("url") == BLUE_BUTTON_VARIABLES + variable:
            return str((extension.get("valueCoding") or {}).get("code") or "")
    return ""


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
