"""Synthetic claims with known planted problems: for the benchmark and for demo data.

    synthetic = generate_claims(reference, claims=100_000, lines=500_000, seed=5)
    synthetic.claims        # tuple[Claim, ...], clean unless planted
    synthetic.truth         # frozenset of (claim_number, check_id) the checks should report
    synthetic.by_member     # member_id -> that member's claims (the history to pass)

Deterministic for a seed. Clean claims are built so that no check should fire on them (distinct
days per member, consistent explanation-of-benefits arithmetic, in-network ancillary care,
codes within their MUEs); each planted problem records every check it must trigger, on every
claim it touches (a duplicate flags the copy, which names the original). Look-alikes that must
NOT be reported are planted too: corrected and voided claims, PTP pairs with a bypass modifier or a
deleted or indicator-9 edit, units exactly at the MUE, amounts off by one cent, out-of-network
emergency care billed only with cost sharing. Nothing here is real patient data.

`reference` must hold the practitioner MUE table and the NDC crosswalk the problems are planted
against; synthetic_ptp_rules() gives the PTP edits (the real table is licensed).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from claims.importers.csv import npi_with_check_digit
from claims.records import Adjustment, Claim, ClaimKind, ClaimStatus, Line, Network, Provider
from claims.reference.lookup import PRACTITIONER, MueLimit, NdcUnits, PtpRule, Reference

FIRST_DAY = date(2025, 10, 1)  # FY2026: the code set simple-icd-10-cm carries
DAYS = 182
CLEAN_DIAGNOSES = (
    "E119", "I10", "J069", "M5450", "R519", "K219", "F419", "J45909", "E785", "M25561",
    "R0789", "N390", "H6690", "L309", "E039", "G4700", "K5900", "R1030", "M7918",
)  # fmt: skip
HEADER_CODES = ("E11", "I25", "M54", "J45", "K21", "N18", "F32", "E78")
INVALID_CODES = ("E1199X", "I109", "J0699", "ZZ999", "K2199", "A0001")
OFFICE_VISITS = ("99212", "99213", "99214")
CENT = Decimal("0.01")

# PTP edits among synthetic codes (identifiers only): column one 2xxx0, column two 2xxx1.
PTP_PAIRS = 300


def synthetic_ptp_rules() -> list[PtpRule]:
    """300 made-up practitioner PTP edits: a third indicator 0, a third 1, the rest split between
    indicator 9 and edits deleted before the synthetic dates of service."""
    rules = []
    for index in range(PTP_PAIRS):
        one, two = f"2{index:03d}0", f"2{index:03d}1"
        kind = index % 6
        if kind in (0, 1):
            rules.append(PtpRule(one, two, date(2010, 1, 1), None, 0, "Mutually exclusive"))
        elif kind in (2, 3):
            rules.append(PtpRule(one, two, date(2012, 1, 1), None, 1, "Standards of practice"))
        elif kind == 4:
            rules.append(PtpRule(one, two, date(2012, 1, 1), date(2025, 1, 1), 1, "Deleted"))
        else:
            rules.append(PtpRule(one, two, date(2012, 1, 1), None, 9, "Not applicable"))
    return rules


@dataclass(frozen=True)
class Synthetic:
    claims: tuple[Claim, ...]
    truth: frozenset[tuple[str, str]]
    planted: dict[str, int]  # problem kind -> how many were planted
    lines: int

    @property
    def by_member(self) -> dict[str, list[Claim]]:
        members: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            members[claim.member_id].append(claim)
        return members


def _npi(kind: int, index: int) -> str:
    """A made-up NPI that passes the check digit (importers refuse ones that do not): the kind
    of provider, the index in eight digits, then the one Luhn digit that fits."""
    return npi_with_check_digit(f"{kind}{index:08d}")


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


class _Generator:
    def __init__(self, reference: Reference, seed: int) -> None:
        self.random = random.Random(seed)
        self.reference = reference
        self.truth: set[tuple[str, str]] = set()
        self.planted: dict[str, int] = defaultdict(int)
        self.counter = 0
        mue = reference.mue.get(PRACTITIONER, {})
        if not mue or not reference.ndc:
            raise ValueError("the reference needs the practitioner MUE table and the crosswalk")
        self.mue = mue
        # Supplies billed one unit at a time, well inside their MUE and no drugs.
        self.supplies = sorted(
            code
            for code, limit in mue.items()
            if limit.value >= 3 and code[0] in "AEGL" and not code.startswith("A0")
        )
        self.per_line_codes = sorted(c for c, lim in mue.items() if lim.per_line and lim.value >= 1)
        self.per_day_codes = sorted(
            c for c, lim in mue.items() if not lim.per_line and 1 <= lim.value <= 50
        )
        self.zero_codes = sorted(c for c, lim in mue.items() if lim.value == 0)
        self.drugs = self._drug_rows()
        self.providers = [
            Provider(_npi(1, index), f"Clinic {index}", Network.IN, "207Q00000X")
            for index in range(2000)
        ]
        self.oon_providers = [
            Provider(_npi(2, index), f"Practice {index}", Network.OUT, "207R00000X")
            for index in range(300)
        ]
        self.facilities = [
            Provider(_npi(3, index), f"Hospital {index}", Network.IN, "282N00000X")
            for index in range(100)
        ]
        self.er_groups = [
            Provider(_npi(4, index), f"ER Group {index}", Network.OUT, "207P00000X")
            for index in range(50)
        ]
        self.anesthesia = [
            Provider(_npi(5, index), f"Anesthesia {index}", Network.OUT, "207L00000X")
            for index in range(50)
        ]

    def _drug_rows(self) -> list[NdcUnits]:
        """Crosswalk rows a clean line can bill: whole billing units per item, ten times the
        units still within the code's MUE (so a planted 10x error is only a 10x error), and
        an NDC that belongs to that one code only."""
        rows = []
        for by_code in self.reference.ndc.values():
            if len(by_code) != 1:
                continue
            (row,) = by_code.values()
            units = row.billing_units
            limit = self.mue.get(row.hcpcs)
            if units != units.to_integral_value() or not 1 <= units <= 20:
                continue
            if limit is not None and (limit.value < units * 10 or limit.per_line):
                continue
            rows.append(row)
        rows.sort(key=lambda row: (row.hcpcs, row.ndc))
        return rows

    # --- clean pieces ----------------------------------------------------------------------

    def number(self) -> str:
        self.counter += 1
        return f"CLM{self.counter:08d}"

    def price(self, code: str) -> Decimal:
        return Decimal(40 + (sum(map(ord, code)) * 37) % 460)

    def adjudicate(self, line: Line, *, copay: bool) -> Line:
        allowed = _money(line.billed * Decimal("0.6"))
        deductible = min(allowed, Decimal(50)) if self.random.random() < 0.15 else Decimal(0)
        copayment = min(allowed - deductible, Decimal(20)) if copay else Decimal(0)
        coinsurance = _money((allowed - deductible - copayment) * Decimal("0.2"))
        paid = allowed - deductible - copayment - coinsurance
        adjustments = [Adjustment("CO", "45", line.billed - allowed)]
        for reason, amount in (("1", deductible), ("3", copayment), ("2", coinsurance)):
            if amount:
                adjustments.append(Adjustment("PR", reason, amount))
        return Line(
            number=line.number,
            procedure_code=line.procedure_code,
            modifiers=line.modifiers,
            units=line.units,
            billed=line.billed,
            place_of_service=line.place_of_service,
            diagnosis_pointers=line.diagnosis_pointers,
            ndc=line.ndc,
            ndc_quantity=line.ndc_quantity,
            ndc_unit=line.ndc_unit,
            rendering_provider=line.rendering_provider,
            allowed=allowed,
            paid=paid,
            deductible=deductible,
            copay=copayment,
            coinsurance=coinsurance,
            patient_responsibility=deductible + copayment + coinsurance,
            adjustments=tuple(adjustments),
        )

    def totals(self, claim: Claim) -> Claim:
        billed = sum((line.billed for line in claim.lines), Decimal(0))
        if all(line.allowed is not None for line in claim.lines):
            return replace(
                claim,
                billed=billed,
                allowed=sum((line.allowed or Decimal(0) for line in claim.lines), Decimal(0)),
                paid=sum((line.paid or Decimal(0) for line in claim.lines), Decimal(0)),
                patient_responsibility=sum(
                    (line.patient_responsibility or Decimal(0) for line in claim.lines), Decimal(0)
                ),
            )
        return replace(claim, billed=billed)

    def clean_claim(self, member: dict[str, object], day: date, line_count: int) -> Claim:
        r = self.random
        codes: list[tuple[str, Decimal, NdcUnits | None]] = [
            (r.choice(OFFICE_VISITS), Decimal(1), None)
        ]
        used = {codes[0][0]}
        while len(codes) < line_count:
            if r.random() < 0.3:
                row = r.choice(self.drugs)
                if row.hcpcs in used:
                    continue
                codes.append((row.hcpcs, row.billing_units, row))
                used.add(row.hcpcs)
            else:
                code = r.choice(self.supplies)
                if code in used:
                    continue
                codes.append((code, Decimal(1), None))
                used.add(code)
        adjudicated = r.random() < 0.6
        lines = []
        for number, (code, units, row) in enumerate(codes, start=1):
            line = Line(
                number=number,
                procedure_code=code,
                units=units,
                billed=self.price(code),
                diagnosis_pointers=(1,),
                ndc=row.ndc if row else "",
                ndc_quantity=Decimal(1) if row else None,
                ndc_unit="UN" if row else "",
            )
            if adjudicated:
                line = self.adjudicate(line, copay=number == 1)
            lines.append(line)
        diagnoses = r.sample(CLEAN_DIAGNOSES, k=r.choice((1, 2, 3)))
        claim = Claim(
            claim_number=self.number(),
            kind=ClaimKind.PROFESSIONAL,
            member_id=str(member["id"]),
            payer_name="Synthetic Health Plan",
            payer_id="SYN01",
            service_from=day,
            service_to=day,
            billing_provider=r.choice(self.providers),
            place_of_service="11",
            diagnosis_codes=tuple(diagnoses),
            status=ClaimStatus.PAID if adjudicated else ClaimStatus.SUBMITTED,
            lines=tuple(lines),
            patient_birth_date=member["birth"],  # type: ignore[arg-type]
            patient_sex=str(member["sex"]),
            source="synthetic",
        )
        return self.totals(claim)

    # --- planting --------------------------------------------------------------------------

    def expect(self, claim: Claim, *check_ids: str) -> None:
        for check_id in check_ids:
            self.truth.add((claim.claim_number, check_id))

    def add_line(self, claim: Claim, line: Line) -> Claim:
        line = replace(line, number=len(claim.lines) + 1)
        if claim.lines and claim.lines[0].allowed is not None and line.allowed is None:
            line = self.adjudicate(line, copay=False)
        return self.totals(replace(claim, lines=(*claim.lines, line)))

    def fresh(self, codes: list[str], claim: Claim) -> str:
        """A code from `codes` that is not on the claim yet (a second line of the same code
        would be a duplicate-line question of its own)."""
        used = {line.procedure_code for line in claim.lines}
        while True:
            code = self.random.choice(codes)
            if code not in used:
                return code

    def plant(self, kind: str, claim: Claim, member_claims: list[Claim]) -> list[Claim]:
        """The claim with `kind` planted (and any extra claims the problem needs)."""
        r = self.random
        self.planted[kind] += 1
        if kind == "icd10-invalid":
            claim = replace(
                claim, diagnosis_codes=(*claim.diagnosis_codes, r.choice(INVALID_CODES))
            )
            self.expect(claim, kind)
        elif kind == "icd10-not-billable":
            claim = replace(
                claim, diagnosis_codes=(r.choice(HEADER_CODES), *claim.diagnosis_codes[1:])
            )
            self.expect(claim, kind)
        elif kind == "icd9-after-icd10":
            claim = replace(
                claim, diagnosis_codes=("4019", "25000"), diagnosis_code_system="icd9cm"
            )
            self.expect(claim, kind)
        elif kind == "mce-age-conflict":
            claim = replace(claim, diagnosis_codes=(*claim.diagnosis_codes, "Z3800"))
            self.expect(claim, kind)
        elif kind == "mce-sex-conflict":
            day = date(2024, 3, 1) + timedelta(days=r.randrange(180))
            claim = replace(
                claim,
                service_from=day,
                service_to=day,
                diagnosis_codes=(
                    *claim.diagnosis_codes,
                    "N400" if claim.patient_sex == "F" else "N952",
                ),
            )
            self.expect(claim, kind)
        elif kind == "diagnosis-sex-mismatch":
            code = "N400" if claim.patient_sex == "F" else "N952"
            claim = replace(claim, diagnosis_codes=(*claim.diagnosis_codes, code))
            self.expect(claim, kind)
        elif kind == "mce-principal-diagnosis":
            claim = replace(claim, diagnosis_codes=("V0001XA", *claim.diagnosis_codes))
            self.expect(claim, kind)
        elif kind in {"duplicate-claim", "duplicate-claim-suspected"}:
            copy = replace(claim, claim_number=self.number())
            if kind == "duplicate-claim-suspected":
                first = copy.lines[0]
                bumped = replace(first, billed=first.billed + 10)
                if bumped.allowed is not None:
                    bumped = self.adjudicate(bumped, copay=True)
                copy = self.totals(replace(copy, lines=(bumped, *copy.lines[1:])))
            self.expect(copy, kind)  # the later of the two; it names the original
            return [claim, copy]
        elif kind in {"duplicate-line", "duplicate-line-suspected"}:
            visit = claim.lines[0]
            extra = replace(visit, billed=visit.billed + (0 if kind == "duplicate-line" else 5))
            if kind == "duplicate-line-suspected" and extra.allowed is not None:
                extra = self.adjudicate(extra, copay=True)
            claim = self.add_line(claim, extra)
            self.expect(claim, kind)
        elif kind == "mue-units-line":
            code = self.fresh(self.per_line_codes, claim)
            limit = self.mue[code]
            claim = self.add_line(
                claim,
                Line(
                    0, code, units=Decimal(limit.value + r.randint(1, 3)), billed=self.price(code)
                ),
            )
            self.expect(claim, "mue-units")
        elif kind == "mue-units-day":
            code = self.fresh(self.per_day_codes, claim)
            limit = self.mue[code]
            claim = self.add_line(
                claim, Line(0, code, units=Decimal(limit.value + 1), billed=self.price(code))
            )
            self.expect(claim, "mue-units")
        elif kind == "mue-units-across-claims":
            code = self.fresh(self.per_day_codes, claim)
            limit = self.mue[code]
            first_units = Decimal(max(1, limit.value // 2 + 1))
            second_units = Decimal(limit.value) - first_units + 1
            claim = self.add_line(claim, Line(0, code, units=first_units, billed=self.price(code)))
            other = self.clean_claim(
                {
                    "id": claim.member_id,
                    "birth": claim.patient_birth_date,
                    "sex": claim.patient_sex,
                },
                claim.service_from,
                1,
            )
            other = replace(
                other,
                billing_provider=claim.billing_provider,
                lines=(replace(other.lines[0], procedure_code="99211"),),
            )
            other = self.add_line(
                self.totals(other), Line(0, code, units=second_units, billed=self.price(code) + 1)
            )
            for subject in (claim, other):
                self.expect(subject, "mue-units")
            # Same code and day, other amounts: the later claim is flagged, naming the first.
            self.expect(other, "duplicate-line-suspected")
            return [claim, other]
        elif kind == "mue-at-limit":  # look-alike: exactly at the MUE is fine
            code = self.fresh(self.per_day_codes, claim)
            claim = self.add_line(
                claim, Line(0, code, units=Decimal(self.mue[code].value), billed=self.price(code))
            )
        elif kind == "mue-not-payable":
            code = self.fresh(self.zero_codes, claim)
            claim = self.add_line(claim, Line(0, code, billed=self.price(code)))
            self.expect(claim, kind)
        elif kind in {"ndc-units-10x", "ndc-units-tenth"}:
            row = r.choice(
                [
                    row
                    for row in self.drugs
                    if row.hcpcs not in {ln.procedure_code for ln in claim.lines}
                ]
            )
            units = row.billing_units * (10 if kind == "ndc-units-10x" else Decimal("0.1"))
            claim = self.add_line(
                claim,
                Line(
                    0,
                    row.hcpcs,
                    units=units,
                    billed=self.price(row.hcpcs),
                    ndc=row.ndc,
                    ndc_quantity=Decimal(1),
                    ndc_unit="UN",
                ),
            )
            self.expect(claim, "ndc-units-10x")
        elif kind == "ndc-hcpcs-mismatch":
            row = r.choice(self.drugs)
            other = r.choice(
                [
                    d
                    for d in self.drugs
                    if d.hcpcs != row.hcpcs
                    and d.hcpcs not in {ln.procedure_code for ln in claim.lines}
                ]
            )
            claim = self.add_line(
                claim,
                Line(
                    0,
                    other.hcpcs,
                    units=other.billing_units,
                    billed=self.price(other.hcpcs),
                    ndc=row.ndc,
                    ndc_quantity=Decimal(1),
                    ndc_unit="UN",
                ),
            )
            self.expect(claim, kind)
        elif kind in {"ptp-pair", "ptp-bypassed", "ptp-deleted", "ptp-indicator-9"}:
            index = {
                "ptp-pair": r.choice([i for i in range(PTP_PAIRS) if i % 6 < 4]),
                "ptp-bypassed": r.choice([i for i in range(PTP_PAIRS) if i % 6 in (2, 3)]),
                "ptp-deleted": r.choice([i for i in range(PTP_PAIRS) if i % 6 == 4]),
                "ptp-indicator-9": r.choice([i for i in range(PTP_PAIRS) if i % 6 == 5]),
            }[kind]
            one, two = f"2{index:03d}0", f"2{index:03d}1"
            modifiers = ("59",) if kind == "ptp-bypassed" else ()
            claim = self.add_line(claim, Line(0, one, billed=self.price(one)))
            claim = self.add_line(claim, Line(0, two, modifiers=modifiers, billed=self.price(two)))
            if kind == "ptp-pair":
                self.expect(claim, kind)
        elif kind in {
            "eob-allowed-sum",
            "eob-cent",
            "eob-allowed-over-billed",
            "eob-patient-responsibility",
        }:
            if claim.lines[0].allowed is None:
                claim = self.totals(
                    replace(
                        claim,
                        lines=tuple(
                            self.adjudicate(ln, copay=ln.number == 1) for ln in claim.lines
                        ),
                        status=ClaimStatus.PAID,
                    )
                )
            target = claim.lines[-1]
            if kind == "eob-allowed-sum":
                target = replace(
                    target,
                    allowed=(target.allowed or Decimal(0))
                    + Decimal(r.choice(("0.02", "1.00", "12.50"))),
                )
            elif kind == "eob-cent":
                target = replace(target, allowed=(target.allowed or Decimal(0)) + CENT)
            elif kind == "eob-allowed-over-billed":
                extra = target.billed - (target.allowed or Decimal(0)) + Decimal(15)
                target = replace(
                    target,
                    allowed=target.billed + Decimal(15),
                    paid=(target.paid or Decimal(0)) + extra,
                    adjustments=tuple(a for a in target.adjustments if a.group != "CO"),
                )
            else:
                target = replace(
                    target,
                    patient_responsibility=(target.patient_responsibility or Decimal(0))
                    + Decimal(25),
                )
            claim = self.totals(replace(claim, lines=(*claim.lines[:-1], target)))
            if kind != "eob-cent":
                self.expect(claim, kind)
        elif kind == "eob-billed-sum":
            claim = replace(claim, billed=claim.billed + Decimal(100))
            self.expect(claim, kind)
        elif kind in {"nsa-emergency-balance-bill", "nsa-emergency-cost-sharing-only"}:
            visit = self.adjudicate(
                Line(1, "99284", billed=Decimal("900.00"), diagnosis_pointers=(1,)), copay=True
            )
            if kind == "nsa-emergency-balance-bill":
                balance = Decimal(r.choice(("150.00", "300.00")))
                visit = replace(
                    visit,
                    patient_responsibility=(visit.patient_responsibility or Decimal(0)) + balance,
                    adjustments=(*visit.adjustments, Adjustment("PR", "45", balance)),
                    allowed=visit.allowed,
                )
                visit = replace(
                    visit,
                    adjustments=tuple(
                        replace(a, amount=a.amount - balance) if a.group == "CO" else a
                        for a in visit.adjustments
                    ),
                )
            claim = self.totals(
                replace(
                    claim,
                    lines=(visit,),
                    place_of_service="23",
                    billing_provider=r.choice(self.er_groups),
                    status=ClaimStatus.PAID,
                )
            )
            if kind == "nsa-emergency-balance-bill":
                self.expect(claim, kind)
        elif kind in {"nsa-ancillary-out-of-network", "nsa-ancillary-owes-nothing"}:
            anesthesia = Line(
                1,
                "01402",
                billed=Decimal("1200.00"),
                diagnosis_pointers=(1,),
                rendering_provider=r.choice(self.anesthesia),
            )
            anesthesia = self.adjudicate(anesthesia, copay=False)
            if kind == "nsa-ancillary-owes-nothing":
                anesthesia = replace(
                    anesthesia,
                    paid=anesthesia.allowed,
                    deductible=Decimal(0),
                    copay=Decimal(0),
                    coinsurance=Decimal(0),
                    patient_responsibility=Decimal(0),
                    adjustments=(
                        Adjustment(
                            "CO", "45", anesthesia.billed - (anesthesia.allowed or Decimal(0))
                        ),
                    ),
                )
            claim = self.totals(
                replace(
                    claim,
                    lines=(anesthesia,),
                    facility=r.choice(self.facilities),
                    place_of_service="22",
                    status=ClaimStatus.PAID,
                )
            )
            if kind == "nsa-ancillary-out-of-network":
                self.expect(claim, kind)
        elif kind == "pos-invalid":
            claim = replace(claim, place_of_service=r.choice(("00", "30", "48", "98")))
            self.expect(claim, kind)
        elif kind == "pos-line-mismatch":
            last = claim.lines[-1] if len(claim.lines) > 1 else None
            if last is None:
                claim = self.add_line(
                    claim, Line(0, self.supplies[0], billed=self.price(self.supplies[0]))
                )
                last = claim.lines[-1]
            claim = replace(claim, lines=(*claim.lines[:-1], replace(last, place_of_service="12")))
            self.expect(claim, kind)
        elif kind == "pos-service-mismatch":
            claim = replace(
                claim, lines=(replace(claim.lines[0], procedure_code="99284"), *claim.lines[1:])
            )
            self.expect(claim, kind)
        elif kind == "corrected-claim":  # look-alike: a replacement is not a duplicate
            corrected = replace(claim, frequency="7")
            return [claim, corrected]
        elif kind == "voided-claim":
            return [claim, replace(claim, claim_number=self.number(), frequency="8")]
        else:
            raise ValueError(kind)
        return [claim]


PROBLEMS = (
    "icd10-invalid", "icd10-not-billable", "icd9-after-icd10", "mce-age-conflict",
    "mce-sex-conflict", "diagnosis-sex-mismatch", "mce-principal-diagnosis", "duplicate-claim",
    "duplicate-claim-suspected", "duplicate-line", "duplicate-line-suspected", "mue-units-line",
    "mue-units-day", "mue-units-across-claims", "mue-not-payable", "ndc-units-10x",
    "ndc-units-tenth", "ndc-hcpcs-mismatch", "ptp-pair", "eob-allowed-sum",
    "eob-allowed-over-billed", "eob-patient-responsibility", "eob-billed-sum",
    "nsa-emergency-balance-bill", "nsa-ancillary-out-of-network", "pos-invalid",
    "pos-line-mismatch", "pos-service-mismatch",
)  # fmt: skip
LOOK_ALIKES = (
    "mue-at-limit", "ptp-bypassed", "ptp-deleted", "ptp-indicator-9", "eob-cent",
    "nsa-emergency-cost-sharing-only", "nsa-ancillary-owes-nothing", "corrected-claim",
    "voided-claim",
)  # fmt: skip


def generate_claims(
    reference: Reference,
    *,
    claims: int = 100_000,
    lines: int = 500_000,
    seed: int = 5,
    problem_rate: float = 0.15,
    look_alike_rate: float = 0.05,
    claims_per_member: int = 5,
) -> Synthetic:
    """About `claims` claims with about `lines` lines; problem_rate of them carry one planted
    problem, look_alike_rate one look-alike that must not be reported."""
    generator = _Generator(reference, seed)
    r = generator.random
    per_claim = max(1, round(lines / claims))
    produced: list[Claim] = []
    members = max(1, claims // claims_per_member)
    for index in range(members):
        member = {
            "id": f"SYN{index:07d}",
            "birth": date(1940, 1, 1) + timedelta(days=r.randrange(365 * 65)),
            "sex": r.choice("FM"),
        }
        days = sorted(r.sample(range(DAYS), claims_per_member))
        mine: list[Claim] = []
        for offset in days:
            count = max(1, min(12, per_claim + r.choice((-2, -1, 0, 0, 1, 2))))
            claim = generator.clean_claim(member, FIRST_DAY + timedelta(days=offset), count)
            roll = r.random()
            if roll < problem_rate:
                made = generator.plant(r.choice(PROBLEMS), claim, mine)
            elif roll < problem_rate + look_alike_rate:
                made = generator.plant(r.choice(LOOK_ALIKES), claim, mine)
            else:
                made = [claim]
            mine.extend(made)
        produced.extend(mine)
    return Synthetic(
        claims=tuple(produced),
        truth=frozenset(generator.truth),
        planted=dict(generator.planted),
        lines=sum(len(claim.lines) for claim in produced),
    )


def score(
    truth: Iterable[tuple[str, str]], found: Iterable[tuple[str, str]], check_ids: Iterable[str]
) -> dict[str, tuple[int, int, int]]:
    """Per check id: (true positives, reported, planted)."""
    truth_set, found_set = set(truth), set(found)
    result = {}
    for check_id in check_ids:
        planted = {item for item in truth_set if item[1] == check_id}
        reported = {item for item in found_set if item[1] == check_id}
        result[check_id] = (len(planted & reported), len(reported), len(planted))
    return result


__all__ = [
    "LOOK_ALIKES",
    "PROBLEMS",
    "Synthetic",
    "generate_claims",
    "score",
    "synthetic_ptp_rules",
]
_ = MueLimit  # re-exported type used by callers building references
