"""Plain records of claims: what the importers read, what is stored, what the checks examine.

One shape for every source (X12 837/835, FHIR R4, CSV) and for claims read back from the
database, so parsers, persistence and the miscoding checks meet here and nowhere else.
Money is Decimal (never float), dates of service are dates, codes are stored without dots.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum


class ClaimKind(StrEnum):
    PROFESSIONAL = "professional"  # 837P, CMS-1500, FHIR Claim.type professional
    INSTITUTIONAL = "institutional"  # 837I, UB-04, FHIR Claim.type institutional
    ORAL = "oral"  # 837D, ADA dental claim, FHIR Claim.type oral (CDT codes)
    PHARMACY = "pharmacy"  # NCPDP, FHIR Claim.type pharmacy (NDC codes)


class Network(StrEnum):
    IN = "in"
    OUT = "out"
    UNKNOWN = "unknown"


class ClaimStatus(StrEnum):
    SUBMITTED = "submitted"  # billed (837, FHIR Claim), not adjudicated yet
    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    DENIED = "denied"
    PENDED = "pended"
    REVERSED = "reversed"


@dataclass(frozen=True)
class Adjustment:
    """One claim adjustment (X12 CAS, FHIR adjudication): why billed and paid differ."""

    group: str  # CAS group code: CO contractual, PR patient responsibility, OA, PI, CR
    reason: str  # CARC: "1" deductible, "2" coinsurance, "3" copay, "45" over fee schedule...
    amount: Decimal


@dataclass(frozen=True)
class Provider:
    npi: str = ""
    name: str = ""
    network: Network = Network.UNKNOWN
    taxonomy: str = ""  # NUCC taxonomy code when the source gives it


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line (LX / sequence / row order)
    procedure_code: str  # HCPCS Level II or CPT, an identifier (CPT content is licensed)
    modifiers: tuple[str, ...] = ()
    units: Decimal = Decimal(1)
    billed: Decimal = Decimal(0)
    service_from: date | None = None  # None: the claim's dates
    service_to: date | None = None
    place_of_service: str = ""  # professional line POS; "" means the claim's
    revenue_code: str = ""  # institutional lines (4 digits, e.g. "0450")
    diagnosis_pointers: tuple[int, ...] = ()  # 1-based into Claim.diagnosis_codes
    ndc: str = ""  # 11 digits, no dashes
    ndc_quantity: Decimal | None = None
    ndc_unit: str = ""  # UN, ML, GR, F2, ME
    rendering_provider: Provider | None = None
    # Adjudication (835, ExplanationOfBenefit, CSV); None means not known / not adjudicated.
    allowed: Decimal | None = None
    paid: Decimal | None = None
    deductible: Decimal | None = None
    copay: Decimal | None = None
    coinsurance: Decimal | None = None
    other_payer_paid: Decimal | None = None
    patient_responsibility: Decimal | None = None
    # Each further adjudication category in its own field (CARIN Blue Button): what the plan
    # paid the provider and the patient, what the patient paid the provider, what was not
    # covered, the network discount. `paid` is the plan's whole payment (benefit).
    paid_to_provider: Decimal | None = None
    paid_to_patient: Decimal | None = None
    paid_by_patient: Decimal | None = None
    noncovered: Decimal | None = None
    discount: Decimal | None = None
    # Amounts of categories with no field of their own, by the source's name for them
    # (Blue Button's rev_cntr_rate_amt, line_prmry_alowd_chrg_amt, ...): kept, never added up.
    other_amounts: tuple[tuple[str, Decimal], ...] = ()
    # What the importer skipped or chose on this line, for the import report ("revenue code
    # 'Dummy' is not a NUBC revenue code: skipped").
    notes: tuple[str, ...] = ()
    adjustments: tuple[Adjustment, ...] = ()
    # The code system of procedure_code when it is not HCPCS/CPT: FHIR sources (Synthea) code
    # services in SNOMED CT ("snomed") or vaccines in CVX ("cvx"); checks that assume HCPCS skip
    # those lines.
    procedure_code_system: str = "hcpcs"


# The claim-level amounts beyond billed, allowed, paid and patient responsibility, in the same
# categories as the lines' (None: the source did not state it).
CLAIM_AMOUNTS = (
    "deductible", "copay", "coinsurance", "other_payer_paid", "paid_to_provider",
    "paid_to_patient", "paid_by_patient", "noncovered", "discount",
)  # fmt: skip
LINE_AMOUNTS = (
    "allowed", "paid", "deductible", "copay", "coinsurance", "other_payer_paid",
    "patient_responsibility", *CLAIM_AMOUNTS[4:],
)  # fmt: skip


@dataclass(frozen=True)
class Claim:
    """One claim from one source. (payer_key, claim_number) identifies it across imports."""

    claim_number: str  # patient control number (CLM01 / CLP01), FHIR identifier, CSV column
    kind: ClaimKind
    member_id: str  # the plan's member id (subscriber or patient id)
    payer_name: str
    service_from: date
    service_to: date
    payer_id: str = ""
    payer_claim_number: str = ""  # the payer's control number (CLP07), when known
    billing_provider: Provider = field(default_factory=Provider)
    rendering_provider: Provider | None = None  # attending provider on institutional claims
    facility: Provider | None = None  # service facility location (No Surprises Act screens)
    place_of_service: str = ""  # professional: CMS place-of-service code, 2 digits
    bill_type: str = ""  # institutional: 3 digits (facility, classification, frequency)
    admission_type: str = ""  # institutional: UB-04 priority of admission, "1" = emergency
    emergency: bool = False  # emergency indicator from the source (SV109, ER revenue, POS 23)
    diagnosis_codes: tuple[str, ...] = ()  # no dots; the first is the principal diagnosis
    diagnosis_code_system: str = "icd10cm"  # "icd9cm" when the source used BK/BF qualifiers
    frequency: str = "1"  # claim frequency: 1 original, 7 replacement, 8 void
    status: ClaimStatus = ClaimStatus.SUBMITTED
    billed: Decimal = Decimal(0)
    allowed: Decimal | None = None
    paid: Decimal | None = None
    patient_responsibility: Decimal | None = None
    deductible: Decimal | None = None
    copay: Decimal | None = None
    coinsurance: Decimal | None = None
    other_payer_paid: Decimal | None = None
    paid_to_provider: Decimal | None = None
    paid_to_patient: Decimal | None = None
    paid_by_patient: Decimal | None = None
    noncovered: Decimal | None = None
    discount: Decimal | None = None
    other_amounts: tuple[tuple[str, Decimal], ...] = ()
    # The network tier the plan paid the claim at (CARIN benefitpaymentstatus), which can
    # differ from the providers' own network status.
    benefit_network: Network = Network.UNKNOWN
    # False when the source carries no amounts at all (CARIN's non-financial EOB profiles):
    # storing it over a known claim keeps the amounts it knows.
    financial: bool = True
    notes: tuple[str, ...] = ()  # what the importer skipped or chose on the claim as a whole
    adjudicated_on: date | None = None  # when the payer processed it, where the source says
    adjustments: tuple[Adjustment, ...] = ()  # claim-level adjustments
    lines: tuple[Line, ...] = ()
    # The patient's demographics as the claim states them (X12 DMG, FHIR Patient); the store
    # fills them from the member when the source leaves them out.
    patient_birth_date: date | None = None
    patient_sex: str = ""  # "F", "M", "U"
    source: str = ""  # "x12-837p", "x12-837i", "x12-835", "fhir-eob", "fhir-claim", "csv"
    source_location: str = ""  # where in the file it starts: "CLM at segment 14", "row 3"
    # When the plan's records first held it (the stored row's creation; None when read from a
    # file): of two duplicates, the later one is flagged and names the earlier. Not content:
    # two records of the same claim compare equal whenever they were received.
    received_at: datetime | None = field(default=None, compare=False)

    @property
    def payer_key(self) -> str:
        return self.payer_id or self.payer_name


class Severity(StrEnum):
    HIGH = "high"  # likely costs the member money: raise it now
    MEDIUM = "medium"  # worth a question to the plan or provider
    LOW = "low"  # informational


@dataclass(frozen=True)
class Finding:
    """What one miscoding check found on one claim, worded for the agent and the member."""

    check_id: str  # stable id, e.g. "mue-units"
    severity: Severity
    claim_number: str
    summary: str  # one line for lists
    explanation: str  # plain words an agent can read to a member
    line_numbers: tuple[int, ...] = ()
    codes: tuple[str, ...] = ()
    evidence: dict[str, str] = field(default_factory=dict)  # JSON-safe facts behind it

    @property
    def key(self) -> str:
        """Identity across re-runs: the same problem found again updates, never duplicates."""
        lines = ",".join(str(number) for number in self.line_numbers)
        return f"{self.check_id}|{self.claim_number}|{lines}|{','.join(self.codes)}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located precisely enough to fix it."""

    file: str
    location: str  # "segment 14 (CLM)", "row 3", "entry[2].resource.item[0]"
    field: str  # "CLM02 total charge", "billed", "item.net.value"
    message: str

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.file, self.location, self.field) if part)
        return f"{where}: {self.message}"


class ImportRejected(Exception):
    """The file is refused as a whole; nothing from it is stored."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s); first: {problems[0]}" if problems else "")
