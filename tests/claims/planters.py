"""Synthetic claims with known planted problems, for the claims benchmark and the tests.

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from claims.importers.csv import npi_with_check_digit
from claims.records import Adjustment, Claim, ClaimKind, ClaimStatus, Line, Network, Provider
from claims.reference.lookup import PRACTITIONER, NdcUnits, PtpRule, Reference

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


def _made_up_providers(
    kind: int, name: str, network: Network, taxonomy: str, count: int
) -> list[Provider]:
    return [
        Provider(_npi(kind, index), f"{name} {index}", network, taxonomy) for index in range(count)
    ]


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


class ClaimMaker:
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
        self.providers = _made_up_providers(1, "Clinic", Network.IN, "207Q00000X", 2000)
        self.oon_providers = _made_up_providers(2, "Practice", Network.OUT, "207R00000X", 300)
        self.facilities = _made_up_providers(3, "Hospital", Network.IN, "282N00000X", 100)
        self.er_groups = _made_up_providers(4, "ER Group", Network.OUT, "207P00000X", 50)
        self.anesthesia = _made_up_providers(5, "Anesthesia", Network.OUT, "207L00000X", 50)

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

    def plant(self, kind: str, claim: Claim) -> list[Claim]:
        """The claim with `kind` planted (and any extra claims the problem needs)."""
        self.planted[kind] += 1
        return PLANTERS[kind](self, kind, claim)


# Planters, one per kind of problem or look-alike (a few share one for close variants): each
# takes the maker, the kind and a clean claim and returns the claim with the problem planted (and
# any extra claims the problem needs), recording in maker.truth what the checks must report. The
# random draws happen in the order they always did: the same seed gives the same claims.

Planter = Callable[["ClaimMaker", str, Claim], list[Claim]]


def _icd10_invalid(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    r = maker.random
    claim = replace(claim, diagnosis_codes=(*claim.diagnosis_codes, r.choice(INVALID_CODES)))
    maker.expect(claim, kind)
    return [claim]


def _icd10_not_billable(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    r = maker.random
    claim = replace(claim, diagnosis_codes=(r.choice(HEADER_CODES), *claim.diagnosis_codes[1:]))
    maker.expect(claim, kind)
    return [claim]


def _icd9_after_icd10(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    claim = replace(claim, diagnosis_codes=("4019", "25000"), diagnosis_code_system="icd9cm")
    maker.expect(claim, kind)
    return [claim]


def _mce_age_conflict(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    claim = replace(claim, diagnosis_codes=(*claim.diagnosis_codes, "Z3800"))
    maker.expect(claim, kind)
    return [claim]


def _mce_sex_conflict(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    r = maker.random
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
    maker.expect(claim, kind)
    return [claim]


def _diagnosis_sex_mismatch(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    code = "N400" if claim.patient_sex == "F" else "N952"
    claim = replace(claim, diagnosis_codes=(*claim.diagnosis_codes, code))
    maker.expect(claim, kind)
    return [claim]


def _mce_principal_diagnosis(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    claim = replace(claim, diagnosis_codes=("V0001XA", *claim.diagnosis_codes))
    maker.expect(claim, kind)
    return [claim]


def _duplicate_claim(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    copy = replace(claim, claim_number=maker.number())
    if kind == "duplicate-claim-suspected":
        first = copy.lines[0]
        bumped = replace(first, billed=first.billed + 10)
        if bumped.allowed is not None:
            bumped = maker.adjudicate(bumped, copay=True)
        copy = maker.totals(replace(copy, lines=(bumped, *copy.lines[1:])))
    maker.expect(copy, kind)  # the later of the two; it names the original
    return [claim, copy]


def _duplicate_line(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    visit = claim.lines[0]
    extra = replace(visit, billed=visit.billed + (0 if kind == "duplicate-line" else 5))
    if kind == "duplicate-line-suspected" and extra.allowed is not None:
        extra = maker.adjudicate(extra, copay=True)
    claim = maker.add_line(claim, extra)
    maker.expect(claim, kind)
    return [claim]


def _mue_units(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    """A line over its code's MUE: per line (by 1 to 3 units) or per day (by one unit)."""
    per_line = kind == "mue-units-line"
    code = maker.fresh(maker.per_line_codes if per_line else maker.per_day_codes, claim)
    over = maker.random.randint(1, 3) if per_line else 1
    units = Decimal(maker.mue[code].value + over)
    claim = maker.add_line(claim, Line(0, code, units=units, billed=maker.price(code)))
    maker.expect(claim, "mue-units")
    return [claim]


def _mue_units_across_claims(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    code = maker.fresh(maker.per_day_codes, claim)
    limit = maker.mue[code]
    first_units = Decimal(max(1, limit.value // 2 + 1))
    second_units = Decimal(limit.value) - first_units + 1
    claim = maker.add_line(claim, Line(0, code, units=first_units, billed=maker.price(code)))
    other = maker.clean_claim(
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
    other = maker.add_line(
        maker.totals(other), Line(0, code, units=second_units, billed=maker.price(code) + 1)
    )
    for subject in (claim, other):
        maker.expect(subject, "mue-units")
    # Same code and day, other amounts: the later claim is flagged, naming the first.
    maker.expect(other, "duplicate-line-suspected")
    return [claim, other]


def _mue_at_limit(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    """Look-alike: exactly at the MUE is fine."""
    code = maker.fresh(maker.per_day_codes, claim)
    claim = maker.add_line(
        claim, Line(0, code, units=Decimal(maker.mue[code].value), billed=maker.price(code))
    )
    return [claim]


def _mue_not_payable(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    code = maker.fresh(maker.zero_codes, claim)
    claim = maker.add_line(claim, Line(0, code, billed=maker.price(code)))
    maker.expect(claim, kind)
    return [claim]


def _ndc_units(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    r = maker.random
    row = r.choice(
        [row for row in maker.drugs if row.hcpcs not in {ln.procedure_code for ln in claim.lines}]
    )
    units = row.billing_units * (10 if kind == "ndc-units-10x" else Decimal("0.1"))
    claim = maker.add_line(
        claim,
        Line(
            0,
            row.hcpcs,
            units=units,
            billed=maker.price(row.hcpcs),
            ndc=row.ndc,
            ndc_quantity=Decimal(1),
            ndc_unit="UN",
        ),
    )
    maker.expect(claim, "ndc-units-10x")
    return [claim]


def _ndc_hcpcs_mismatch(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    r = maker.random
    row = r.choice(maker.drugs)
    other = r.choice(
        [
            d
            for d in maker.drugs
            if d.hcpcs != row.hcpcs and d.hcpcs not in {ln.procedure_code for ln in claim.lines}
        ]
    )
    claim = maker.add_line(
        claim,
        Line(
            0,
            other.hcpcs,
            units=other.billing_units,
            billed=maker.price(other.hcpcs),
            ndc=row.ndc,
            ndc_quantity=Decimal(1),
            ndc_unit="UN",
        ),
    )
    maker.expect(claim, kind)
    return [claim]


def _ptp_edit(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    r = maker.random
    index = {
        "ptp-pair": r.choice([i for i in range(PTP_PAIRS) if i % 6 < 4]),
        "ptp-bypassed": r.choice([i for i in range(PTP_PAIRS) if i % 6 in (2, 3)]),
        "ptp-deleted": r.choice([i for i in range(PTP_PAIRS) if i % 6 == 4]),
        "ptp-indicator-9": r.choice([i for i in range(PTP_PAIRS) if i % 6 == 5]),
    }[kind]
    one, two = f"2{index:03d}0", f"2{index:03d}1"
    modifiers = ("59",) if kind == "ptp-bypassed" else ()
    claim = maker.add_line(claim, Line(0, one, billed=maker.price(one)))
    claim = maker.add_line(claim, Line(0, two, modifiers=modifiers, billed=maker.price(two)))
    if kind == "ptp-pair":
        maker.expect(claim, kind)
    return [claim]


def _eob_line_amounts(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    r = maker.random
    if claim.lines[0].allowed is None:
        claim = maker.totals(
            replace(
                claim,
                lines=tuple(maker.adjudicate(ln, copay=ln.number == 1) for ln in claim.lines),
                status=ClaimStatus.PAID,
            )
        )
    target = claim.lines[-1]
    if kind == "eob-allowed-sum":
        target = replace(
            target,
            allowed=(target.allowed or Decimal(0)) + Decimal(r.choice(("0.02", "1.00", "12.50"))),
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
            patient_responsibility=(target.patient_responsibility or Decimal(0)) + Decimal(25),
        )
    claim = maker.totals(replace(claim, lines=(*claim.lines[:-1], target)))
    if kind != "eob-cent":
        maker.expect(claim, kind)
    return [claim]


def _eob_billed_sum(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    claim = replace(claim, billed=claim.billed + Decimal(100))
    maker.expect(claim, kind)
    return [claim]


def _nsa_emergency(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    r = maker.random
    visit = maker.adjudicate(
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
    claim = maker.totals(
        replace(
            claim,
            lines=(visit,),
            place_of_service="23",
            billing_provider=r.choice(maker.er_groups),
            status=ClaimStatus.PAID,
        )
    )
    if kind == "nsa-emergency-balance-bill":
        maker.expect(claim, kind)
    return [claim]


def _nsa_ancillary(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    r = maker.random
    anesthesia = Line(
        1,
        "01402",
        billed=Decimal("1200.00"),
        diagnosis_pointers=(1,),
        rendering_provider=r.choice(maker.anesthesia),
    )
    anesthesia = maker.adjudicate(anesthesia, copay=False)
    if kind == "nsa-ancillary-owes-nothing":
        anesthesia = replace(
            anesthesia,
            paid=anesthesia.allowed,
            deductible=Decimal(0),
            copay=Decimal(0),
            coinsurance=Decimal(0),
            patient_responsibility=Decimal(0),
            adjustments=(
                Adjustment("CO", "45", anesthesia.billed - (anesthesia.allowed or Decimal(0))),
            ),
        )
    claim = maker.totals(
        replace(
            claim,
            lines=(anesthesia,),
            facility=r.choice(maker.facilities),
            place_of_service="22",
            status=ClaimStatus.PAID,
        )
    )
    if kind == "nsa-ancillary-out-of-network":
        maker.expect(claim, kind)
    return [claim]


def _pos_invalid(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    r = maker.random
    claim = replace(claim, place_of_service=r.choice(("00", "30", "48", "98")))
    maker.expect(claim, kind)
    return [claim]


def _pos_line_mismatch(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    last = claim.lines[-1] if len(claim.lines) > 1 else None
    if last is None:
        claim = maker.add_line(
            claim, Line(0, maker.supplies[0], billed=maker.price(maker.supplies[0]))
        )
        last = claim.lines[-1]
    claim = replace(claim, lines=(*claim.lines[:-1], replace(last, place_of_service="12")))
    maker.expect(claim, kind)
    return [claim]


def _pos_service_mismatch(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    claim = replace(
        claim, lines=(replace(claim.lines[0], procedure_code="99284"), *claim.lines[1:])
    )
    maker.expect(claim, kind)
    return [claim]


def _corrected_claim(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    """Look-alike: a replacement is not a duplicate."""
    corrected = replace(claim, frequency="7")
    return [claim, corrected]


def _voided_claim(maker: ClaimMaker, kind: str, claim: Claim) -> list[Claim]:
    return [claim, replace(claim, claim_number=maker.number(), frequency="8")]


PLANTERS: dict[str, Planter] = {
    "icd10-invalid": _icd10_invalid,
    "icd10-not-billable": _icd10_not_billable,
    "icd9-after-icd10": _icd9_after_icd10,
    "mce-age-conflict": _mce_age_conflict,
    "mce-sex-conflict": _mce_sex_conflict,
    "diagnosis-sex-mismatch": _diagnosis_sex_mismatch,
    "mce-principal-diagnosis": _mce_principal_diagnosis,
    "duplicate-claim": _duplicate_claim,
    "duplicate-claim-suspected": _duplicate_claim,
    "duplicate-line": _duplicate_line,
    "duplicate-line-suspected": _duplicate_line,
    "mue-units-line": _mue_units,
    "mue-units-day": _mue_units,
    "mue-units-across-claims": _mue_units_across_claims,
    "mue-at-limit": _mue_at_limit,
    "mue-not-payable": _mue_not_payable,
    "ndc-units-10x": _ndc_units,
    "ndc-units-tenth": _ndc_units,
    "ndc-hcpcs-mismatch": _ndc_hcpcs_mismatch,
    "ptp-pair": _ptp_edit,
    "ptp-bypassed": _ptp_edit,
    "ptp-deleted": _ptp_edit,
    "ptp-indicator-9": _ptp_edit,
    "eob-allowed-sum": _eob_line_amounts,
    "eob-cent": _eob_line_amounts,
    "eob-allowed-over-billed": _eob_line_amounts,
    "eob-patient-responsibility": _eob_line_amounts,
    "eob-billed-sum": _eob_billed_sum,
    "nsa-emergency-balance-bill": _nsa_emergency,
    "nsa-emergency-cost-sharing-only": _nsa_emergency,
    "nsa-ancillary-out-of-network": _nsa_ancillary,
    "nsa-ancillary-owes-nothing": _nsa_ancillary,
    "pos-invalid": _pos_invalid,
    "pos-line-mismatch": _pos_line_mismatch,
    "pos-service-mismatch": _pos_service_mismatch,
    "corrected-claim": _corrected_claim,
    "voided-claim": _voided_claim,
}


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
    generator = ClaimMaker(reference, seed)
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
                made = generator.plant(r.choice(PROBLEMS), claim)
            elif roll < problem_rate + look_alike_rate:
                made = generator.plant(r.choice(LOOK_ALIKES), claim)
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
