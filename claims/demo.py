"""Demo claims: a few claims for every demo member with an open thread, some with planted
problems of each kind the checks look for, written as claims CSV and loaded through the
import service (so the demo exercises the same path as a real file). Deterministic: the
claims follow from each member's id and the thread's date; loading twice changes nothing.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from io import TextIOBase
from pathlib import Path

from careteam import api as careteam_api
from claims.data import ScenarioClaim
from claims.importers.csv import COLUMNS, npi_with_check_digit
from claims.models import PlanBenefit
from claims.reference.loading import load_reference
from claims.reference.models import ReferenceTable
from claims.services.checks import CHECK_BATCH, claims_check_batch
from claims.services.imports import ImportResult, claims_import

SEED = "claims-demo-2026"
SAMPLE = Path(__file__).parent / "samples" / "claims_sample.csv"
PAYER = {"payer_name": "Demo Health Plan", "payer_id": "DEMOHP"}
CENT = Decimal("0.01")


@dataclass(frozen=True)
class DemoProvider:
    name: str
    npi: str
    network: str
    taxonomy: str = ""


FAMILY = DemoProvider(
    "Lakeview Family Medicine", npi_with_check_digit("134567890"), "in", "207Q00000X"
)
IMAGING = DemoProvider(
    "Riverside Imaging Center", npi_with_check_digit("145678901"), "in", "261QR0200X"
)
LAB = DemoProvider(
    "Harborview Laboratory Services", npi_with_check_digit("156789012"), "in", "291U00000X"
)
ORTHO = DemoProvider(
    "Summit Orthopedic Group", npi_with_check_digit("167890123"), "in", "207X00000X"
)
HOSPITAL = DemoProvider(
    "St. Brigid Regional Hospital", npi_with_check_digit("178901234"), "in", "282N00000X"
)
ER_DOCS = DemoProvider(
    "Bayside Emergency Physicians", npi_with_check_digit("189012345"), "out", "207P00000X"
)
ANESTHESIA = DemoProvider(
    "Valley Anesthesia Associates", npi_with_check_digit("190123456"), "out", "207L00000X"
)
URGENT = DemoProvider(
    "Northgate Urgent Care", npi_with_check_digit("112345678"), "in", "261QU0200X"
)

# (code, description for the reader of this file, usual billed amount, allowed share)
VISITS = [("99213", 165), ("99214", 240), ("99203", 210)]
LABS = [("80053", 95), ("85025", 48), ("83036", 62)]
IMAGES = [("73721", 1450), ("71046", 180), ("76700", 520)]
# Billable in FY2026 and for any age (the demo's members include children): low back pain is
# M54.50 since FY2022, headache R51.9 since FY2021; no adult-only exam code (Z00.00).
EVERYDAY_DX = ["I10", "E785", "M5450", "J069", "R519", "K219", "R5383", "M25561"]


def _money(value: Decimal) -> str:
    return str(value.quantize(CENT))


class _Writer:
    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []

    def claim(self, claim: dict[str, str], lines: list[dict[str, str]]) -> None:
        for number, line in enumerate(lines, start=1):
            self.rows.append({**PAYER, **claim, "line_number": str(number), **line})

    def csv(self) -> bytes:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows)
        return buffer.getvalue().encode()


def _provider(prefix: str, provider: DemoProvider) -> dict[str, str]:
    return {
        f"{prefix}_name": provider.name,
        f"{prefix}_npi": provider.npi,
        f"{prefix}_network": provider.network,
        f"{prefix}_taxonomy": provider.taxonomy,
    }


def _paid_line(
    code: str,
    billed: Decimal,
    *,
    share: Decimal,
    deductible: Decimal = Decimal(0),
    copay: Decimal = Decimal(0),
    coinsurance_rate: Decimal = Decimal("0.2"),
    units: int = 1,
    pointers: str = "1",
    **extra: str,
) -> dict[str, str]:
    """A line adjudicated consistently: allowed = paid + deductible + copay + coinsurance."""
    allowed = (billed * share).quantize(CENT)
    deductible = min(deductible, allowed)
    copay = min(copay, allowed - deductible)
    coinsurance = ((allowed - deductible - copay) * coinsurance_rate).quantize(CENT)
    paid = allowed - deductible - copay - coinsurance
    owes = deductible + copay + coinsurance
    adjustments = [f"CO-45:{_money(billed - allowed)}"] if billed > allowed else []
    adjustments += [
        f"PR-{reason}:{_money(amount)}"
        for reason, amount in (("1", deductible), ("2", coinsurance), ("3", copay))
        if amount
    ]
    return {
        "procedure_code": code, "units": str(units), "billed": _money(billed),
        "diagnosis_pointers": pointers, "allowed": _money(allowed), "paid": _money(paid),
        "deductible": _money(deductible), "copay": _money(copay),
        "coinsurance": _money(coinsurance), "patient_responsibility": _money(owes),
        "adjustments": ";".join(adjustments), **extra,
    }  # fmt: skip


def _ordinary(writer: _Writer, rng: random.Random, member_id: str, anchor: date) -> None:
    """Three unremarkable claims: an office visit with labs, an imaging study, a lab panel."""
    dx = rng.sample(EVERYDAY_DX, 2)
    day = anchor - timedelta(days=rng.randrange(20, 40))
    visit, visit_price = rng.choice(VISITS)
    lab, lab_price = rng.choice(LABS)
    writer.claim(
        {"claim_number": f"DC-{member_id}-01", "member_id": member_id,
         "service_from": day.isoformat(), "place_of_service": "11", "status": "paid",
         "diagnosis_codes": ";".join(dx), **_provider("billing", FAMILY)},
        [_paid_line(visit, Decimal(visit_price), share=Decimal("0.62"), copay=Decimal(30),
                    coinsurance_rate=Decimal(0), pointers="1;2"),
         _paid_line(lab, Decimal(lab_price), share=Decimal("0.4"), pointers="1")],
    )  # fmt: skip
    image, image_price = rng.choice(IMAGES)
    day = anchor - timedelta(days=rng.randrange(8, 18))
    writer.claim(
        {"claim_number": f"DC-{member_id}-02", "member_id": member_id,
         "service_from": day.isoformat(), "place_of_service": "22", "status": "paid",
         "diagnosis_codes": dx[0], **_provider("billing", IMAGING)},
        [_paid_line(image, Decimal(image_price), share=Decimal("0.55"),
                    deductible=Decimal(rng.choice([0, 150, 400])))],
    )  # fmt: skip
    day = anchor - timedelta(days=rng.randrange(1, 6))
    writer.claim(
        {"claim_number": f"DC-{member_id}-03", "member_id": member_id,
         "service_from": day.isoformat(), "place_of_service": "81", "status": "submitted",
         "diagnosis_codes": dx[1], **_provider("billing", LAB)},
        [{"procedure_code": "80061", "units": "1", "billed": "88.00", "diagnosis_pointers": "1"}],
    )  # fmt: skip


def _planted(writer: _Writer, kind: int, member: careteam_api.MemberFacts, anchor: date) -> None:
    """One claim with one planted problem of kind `kind` (0..8)."""
    member_id = member.member_id
    number = f"DC-{member_id}-P{kind}"
    day = (anchor - timedelta(days=12 + kind)).isoformat()
    base = {"claim_number": number, "member_id": member_id, "service_from": day, "status": "paid"}
    if kind == 0:  # an exact duplicate: the office visit billed again under another number
        first = [row for row in writer.rows if row["claim_number"] == f"DC-{member_id}-01"]
        for row in first:
            writer.rows.append({**row, "claim_number": number})
    elif kind == 1:  # units far above the MUE: ketorolac J1885 (MUE 8 a day) x 40
        writer.claim(
            {**base, "place_of_service": "20", "diagnosis_codes": "M5450",
             **_provider("billing", URGENT)},
            [_paid_line("99283", Decimal(420), share=Decimal("0.6"), copay=Decimal(75),
                        coinsurance_rate=Decimal(0)),
             _paid_line("J1885", Decimal(400), share=Decimal("0.1"), units=40,
                        coinsurance_rate=Decimal(0))],
        )  # fmt: skip
    elif kind == 2:  # an NDC 10x error: one 1 g ceftriaxone vial is 4 units of J0696, not 40
        writer.claim(
            {**base, "place_of_service": "11", "diagnosis_codes": "J189",
             **_provider("billing", FAMILY)},
            [_paid_line("96372", Decimal(45), share=Decimal("0.5"), coinsurance_rate=Decimal(0)),
             _paid_line("J0696", Decimal(380), share=Decimal("0.3"), units=40,
                        coinsurance_rate=Decimal(0), ndc="00143-9857-25", ndc_quantity="1",
                        ndc_unit="UN")],
        )  # fmt: skip
    elif kind == 3:  # EOB arithmetic: allowed 200.00, but paid + copay + coinsurance = 160.00
        writer.claim(
            {**base, "place_of_service": "11", "diagnosis_codes": "M25561",
             **_provider("billing", ORTHO)},
            [{"procedure_code": "99204", "units": "1", "billed": "320.00",
              "diagnosis_pointers": "1", "allowed": "200.00", "paid": "120.00",
              "deductible": "0.00", "copay": "20.00", "coinsurance": "20.00",
              "patient_responsibility": "40.00",
              "adjustments": "CO-45:120.00;PR-3:20.00;PR-2:20.00"}],
        )  # fmt: skip
    elif kind == 4:  # out-of-network emergency care with a balance bill (No Surprises Act)
        writer.claim(
            {**base, "place_of_service": "23", "emergency": "yes", "diagnosis_codes": "R0789",
             **_provider("billing", ER_DOCS), **_provider("facility", HOSPITAL)},
            [{"procedure_code": "99285", "units": "1", "billed": "2400.00",
              "diagnosis_pointers": "1", "allowed": "900.00", "paid": "400.00",
              "deductible": "300.00", "copay": "0.00", "coinsurance": "200.00",
              "patient_responsibility": "2000.00",
              "adjustments": "PR-1:300.00;PR-2:200.00;PR-45:1500.00"}],
        )  # fmt: skip
    elif kind == 5:  # an out-of-network anesthesiologist at an in-network hospital
        writer.claim(
            {**base, "place_of_service": "22", "diagnosis_codes": "K8020",
             **_provider("billing", ANESTHESIA), **_provider("rendering", ANESTHESIA),
             **_provider("facility", HOSPITAL)},
            [{"procedure_code": "00790", "modifiers": "AA", "units": "12", "billed": "1850.00",
              "diagnosis_pointers": "1", "allowed": "610.00", "paid": "488.00",
              "deductible": "0.00", "copay": "0.00", "coinsurance": "122.00",
              "patient_responsibility": "1362.00",
              "adjustments": "PR-2:122.00;PR-45:1240.00"}],
        )  # fmt: skip
    elif kind == 6:  # an invalid place of service (35 is not an assigned code)
        writer.claim(
            {**base, "place_of_service": "35", "diagnosis_codes": "J069",
             **_provider("billing", URGENT)},
            [_paid_line("99213", Decimal(165), share=Decimal("0.62"), copay=Decimal(30),
                        coinsurance_rate=Decimal(0))],
        )  # fmt: skip
    elif kind == 7:  # a header (non-billable) ICD-10-CM code: E11 needs its 4th character
        writer.claim(
            {**base, "place_of_service": "11", "diagnosis_codes": "E11",
             **_provider("billing", FAMILY)},
            [_paid_line("99214", Decimal(240), share=Decimal("0.62"), copay=Decimal(30),
                        coinsurance_rate=Decimal(0)),
             _paid_line("83036", Decimal(62), share=Decimal("0.4"))],
        )  # fmt: skip
    elif kind == 8:  # a diagnosis that conflicts with the member's sex
        code = "N400" if member.sex == "F" else "C539"  # prostate for her, cervix for him
        writer.claim(
            {**base, "place_of_service": "11", "diagnosis_codes": code,
             **_provider("billing", FAMILY)},
            [_paid_line("99213", Decimal(165), share=Decimal("0.62"), copay=Decimal(30),
                        coinsurance_rate=Decimal(0))],
        )  # fmt: skip


PLANTED_KINDS = 9
PLANTED_MEMBERS = 2 * PLANTED_KINDS  # the first 18 members with an open thread: two of each


def demo_claims_csv() -> bytes:
    """The demo's generated claims for the members with an open thread, as claims CSV."""
    writer = _Writer()
    seen: set[int] = set()
    members = []
    for facts in careteam_api.open_thread_facts():
        if facts.member.member_pk not in seen:
            seen.add(facts.member.member_pk)
            members.append((facts.member, facts.created_at.date()))
    for index, (member, anchor) in enumerate(members):
        rng = random.Random(f"{SEED}:{member.member_id}")
        _ordinary(writer, rng, member.member_id, anchor)
        if index < PLANTED_MEMBERS:
            _planted(writer, index % PLANTED_KINDS, member, anchor)
    return writer.csv()


REFERENCE_DATA = Path(__file__).parent / "reference" / "data"
DEMO_REFERENCE = (
    ("mue", "mue_practitioner_2026Q2_hcpcs_level2_only.csv"),
    ("ndc", "asp_ndc_hcpcs_crosswalk_2026Q1_level2_only.csv"),
)


def demo_reference_load() -> list[str]:
    """Load the shipped public CMS tables where no table of that kind is loaded yet."""
    loaded = []
    for kind, name in DEMO_REFERENCE:
        if ReferenceTable.objects.current().filter(kind=kind).exists():
            continue
        result = load_reference(kind, [REFERENCE_DATA / name], skip_bad_rows=True)
        loaded.append(f"{kind}: {result.table.row_count} rows")
    return loaded


class DemoOrderError(RuntimeError):
    """A demo seed ran before the seeds it builds on."""


def demo_claims_seed(*, stdout: TextIOBase | None = None) -> list[ImportResult]:
    """Load the demo reference tables, import the sample and generated claims, check them."""
    for loaded in demo_reference_load():
        if stdout is not None:
            stdout.write(f"Demo reference table {loaded}.\n")
    if not careteam_api.open_thread_facts():
        raise DemoOrderError(
            "no demo member has an open thread yet: run seed_demo and seed_demo_history first "
            "(make demo runs the seeds in order)"
        )
    results = []
    team_ids = list(careteam_api.team_ids_by_name().values())
    files = [(SAMPLE.name, SAMPLE.read_bytes()), ("demo-claims.csv", demo_claims_csv())]
    for name, data in files:
        # The demo's members are those with an open thread in any team: the import is for all.
        result = claims_import(data=data, filename=name, actor=None, team_ids=team_ids)
        results.append(result)
        batch = result.batch
        if result.rejected:
            problems = "; ".join(str(problem) for problem in result.problems[:5])
            raise RuntimeError(f"demo claims file {name} was rejected: {problems}")
        # The import enqueued the checks (run in-process after commit when there is no broker);
        # with a broker but no worker yet, run them here. Running twice changes nothing.
        if careteam_api.job_pending(key=f"{CHECK_BATCH}:{batch.pk}"):
            claims_check_batch(batch.pk)
        if stdout is not None:
            stdout.write(
                f"Demo claims {name}: {batch.claims_created} new, {batch.claims_updated} "
                f"updated, {batch.claims_unchanged} unchanged ({batch.lines_stored} lines).\n"
            )
    return results


# --- Claims in a named state, for the demo's conversations (suggestions' history) --------------

GROUND_AMBULANCE = DemoProvider(
    "Lakeside Ambulance Service", npi_with_check_digit("123456780"), "out", "3416L0300X"
)
AIR_AMBULANCE = DemoProvider(
    "Mercy Air Medical Transport", npi_with_check_digit("134567801"), "out", "3416A0800X"
)
OUT_OF_NETWORK = DemoProvider(
    "Westbrook Specialty Clinic", npi_with_check_digit("145678012"), "out", "207R00000X"
)
# Plans' yearly limits (deductible, out-of-pocket maximum) from the demo plans' benefit summaries.
PLAN_LIMITS = {
    "Gold PPO": (1000, 4500), "Silver HMO": (2500, 7000), "Bronze EPO": (6000, 9200),
    "Platinum PPO": (500, 3000), "Medicare Advantage HMO": (0, 5900), "Silver PPO": (3000, 7500),
    "High-Deductible HSA": (3200, 6400),
}  # fmt: skip
# Denials the member pays for (PR) rather than the provider writing them off (CO).
_MEMBER_PAYS_DENIALS = {"27", "96", "204"}
SCENARIOS_WITH_CLAIMS = (
    "paid", "deductible", "partial_deductible", "oop_met", "out_of_network", "balance_bill",
    "emergency_in_network", "emergency_oon", "ambulance_ground", "ambulance_air", "pending",
    "duplicate_submitted",
)  # fmt: skip


def scenario_has_claim(scenario: str) -> bool:
    return scenario in SCENARIOS_WITH_CLAIMS or scenario.startswith("denied:")


def _scenario_claims(writer: _Writer, spec: ScenarioClaim) -> None:
    rng = random.Random(f"{SEED}:{spec.seed}")
    scenario, _, code = spec.scenario.partition(":")
    processed = (spec.service_from + timedelta(days=rng.randrange(10, 25))).isoformat()
    base = {"claim_number": spec.claim_number, "member_id": spec.member_id,
            "service_from": spec.service_from.isoformat(), "place_of_service": "11",
            "status": "paid", "adjudicated_on": processed,
            "diagnosis_codes": ";".join(rng.sample(EVERYDAY_DX, 2))}  # fmt: skip
    procedure, list_price = rng.choice(VISITS + IMAGES + LABS)
    price = Decimal(list_price) * Decimal(rng.randrange(90, 140)) / 100
    provider = rng.choice([FAMILY, IMAGING, LAB, ORTHO])
    line: dict[str, str]
    if scenario == "paid":
        copay = Decimal(rng.choice([20, 30, 40]))
        line = _paid_line(procedure, price, share=Decimal("0.6"), copay=copay,
                          coinsurance_rate=Decimal(rng.choice(["0", "0.2"])))  # fmt: skip
    elif scenario == "deductible":
        line = _paid_line(procedure, price, share=Decimal("0.6"), deductible=price)
    elif scenario == "partial_deductible":
        line = _paid_line(procedure, price, share=Decimal("0.6"),
                          deductible=(price * Decimal("0.3")).quantize(CENT))  # fmt: skip
    elif scenario == "oop_met":
        line = _paid_line(procedure, price, share=Decimal("0.6"), coinsurance_rate=Decimal(0))
    elif scenario == "denied":
        group = "PR" if code in _MEMBER_PAYS_DENIALS else "CO"
        billed = _money(price)
        line = {"procedure_code": procedure, "units": "1", "billed": billed,
                "diagnosis_pointers": "1", "allowed": "0.00", "paid": "0.00",
                "deductible": "0.00", "copay": "0.00", "coinsurance": "0.00",
                "patient_responsibility": billed if group == "PR" else "0.00",
                "adjustments": f"{group}-{code}:{billed}"}  # fmt: skip
        base["status"] = "denied"
    elif scenario == "out_of_network":
        provider = OUT_OF_NETWORK
        line = _paid_line("99204", Decimal(rng.randrange(300, 520)), share=Decimal("0.45"),
                          coinsurance_rate=Decimal("0.4"))  # fmt: skip
    elif scenario == "balance_bill":
        provider = rng.choice([HOSPITAL, ORTHO])
        line = _paid_line(procedure, price, share=Decimal("0.55"), coinsurance_rate=Decimal("0.2"))
    elif scenario in ("emergency_in_network", "emergency_oon"):
        provider = HOSPITAL if scenario == "emergency_in_network" else ER_DOCS
        base.update({"place_of_service": "23", "emergency": "yes"})
        line = _paid_line(rng.choice(["99284", "99285"]), Decimal(rng.randrange(1400, 3200)),
                          share=Decimal("0.5"), copay=Decimal(250),
                          coinsurance_rate=Decimal(0))  # fmt: skip
    elif scenario in ("ambulance_ground", "ambulance_air"):
        ground = scenario == "ambulance_ground"
        provider = GROUND_AMBULANCE if ground else AIR_AMBULANCE
        base.update({"place_of_service": "41", "emergency": "yes"})
        charge = rng.randrange(900, 2400) if ground else rng.randrange(28000, 52000)
        line = _paid_line("A0427" if ground else "A0431", Decimal(charge),
                          share=Decimal("0.5"), coinsurance_rate=Decimal("0.2"))  # fmt: skip
    else:  # pending, duplicate_submitted: billed, not processed yet
        base.update({"status": "submitted", "adjudicated_on": ""})
        line = {"procedure_code": procedure, "units": "1", "billed": _money(price),
                "diagnosis_pointers": "1"}  # fmt: skip
    writer.claim({**base, **_provider("billing", provider)}, [line])
    if scenario == "duplicate_submitted":
        writer.claim({**base, "claim_number": f"{spec.claim_number}-2",
                      **_provider("billing", provider)}, [line])  # fmt: skip


def demo_scenario_claims_store(specs: list[ScenarioClaim], *, team_ids: list[int]) -> int:
    """Store the demo conversations' claims (one import, through the CSV path) and the demo
    plans' limits; returns the claims stored. Claims that exist already are left alone."""
    for plan, (deductible, out_of_pocket) in PLAN_LIMITS.items():
        PlanBenefit.objects.get_or_create(
            plan_name=plan,
            defaults={
                "deductible": Decimal(deductible),
                "out_of_pocket_max": Decimal(out_of_pocket),
            },
        )
    writer = _Writer()
    for spec in specs:
        if scenario_has_claim(spec.scenario):
            _scenario_claims(writer, spec)
    if not writer.rows:
        return 0
    result = claims_import(
        data=writer.csv(), filename="demo-history-claims.csv", actor=None, team_ids=team_ids
    )
    if result.rejected:
        problems = "; ".join(str(problem) for problem in result.problems[:5])
        raise RuntimeError(f"demo history claims were rejected: {problems}")
    if careteam_api.job_pending(key=f"{CHECK_BATCH}:{result.batch.pk}"):
        claims_check_batch(result.batch.pk)
    return result.batch.claims_created
