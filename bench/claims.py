"""Benchmark of the claims import and the miscoding checks. Prints one `name: value` line per
figure (progress goes to stderr).

Generates synthetic claims with planted problems (tests/claims/planters.py, seeded), then:

1. In memory: runs every check on every claim with the member's other claims as history, and
   reports lines checked per second and, per check, precision and recall against the planted
   problems. The reference is the shared Level II practitioner MUE table and ASP crosswalk, read
   straight from the files, plus made-up PTP edits (the real table is licensed).
2. End to end on PostgreSQL (its own database): writes the claims as the claims CSV in files of
   --claims-per-file claims, creates their members, loads the same reference tables through
   load_reference (the PTP edits as a file in the official CMS layout), imports every file
   through claims_import, then runs the checks jobs the imports enqueued through careteam's job
   runner, and scores the stored Flag rows (by claim number) against the planted problems.
   It prints a digest of every stored claim, line, adjustment, flag and provider (ids and
   timestamps left out): two runs of the same data, before and after a change, must match.
3. The same end to end with the claims written as FHIR R4 Bundles of CARIN Blue Button style
   ExplanationOfBenefits (a FHIR Claim while only submitted): adjudication categories per
   line, network status slices, NUBC and CMS codes; figures prefixed "fhir_". What FHIR cannot
   carry as the CSV does (CAS adjustment reasons, a facility's network status, the claim
   frequency of a professional claim) shows up as "read differently" fields.
4. With --formats x12, the professional claims as X12 837P (submitted: no adjudication), each
   file read back whole and the claims the reader refuses left out; figures prefixed "x12_".

    .venv/bin/python bench/claims.py [--claims 100000] [--lines 500000] [--seed 5]
        [--claims-per-file 5000] [--fhir-claims-per-file 2000] [--memory-only] [--reset]
        [--formats csv,fhir,x12]
        [--database-url postgres://postgres@127.0.0.1:5432/careteam_claims_bench]

Every run empties the database's claims, members and jobs first (an import into a filled
database measures something else); --reset drops and creates the whole database again.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import io
import json
import os
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# ../shared beside the checkout (or beside a worktree's parent directory).
SHARED = next(
    (
        parent / "shared" / "data" / "claims" / "reference"
        for parent in ROOT.parents
        if (parent / "shared" / "data" / "claims" / "reference").is_dir()
    ),
    ROOT.parent / "shared" / "data" / "claims" / "reference",
)
MUE_FILE = SHARED / "ncci" / "mue_practitioner_2026Q2_hcpcs_level2_only.csv"
ASP_FILE = SHARED / "asp" / "asp_ndc_hcpcs_crosswalk_2026Q1_level2_only.csv"
PTP_FILE_NAME = "ccipra_synthetic_bench.txt"  # "ccipra": CMS's practitioner PTP file name


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=None, help="default: 5 per claim")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--claims-per-file", type=int, default=5000)
    parser.add_argument(
        "--fhir-claims-per-file",
        type=int,
        default=2000,
        help="FHIR bundles are about 7 times the CSV's size: 2,000 claims make about 14 MB",
    )
    parser.add_argument("--profile", action="store_true", help="print the top functions")
    parser.add_argument(
        "--profile-database",
        action="store_true",
        help="print the top functions of the import and of the checks jobs",
    )
    parser.add_argument("--memory-only", action="store_true", help="skip the database part")
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/careteam_claims_bench"
    )
    parser.add_argument("--reset", action="store_true", help="drop and create the database")
    parser.add_argument(
        "--formats",
        default="csv,fhir",
        help="the file formats to run end to end, in order: csv, fhir (CARIN-style EOBs), "
        "x12 (837P of the professional claims, as submitted: no adjudication)",
    )
    args = parser.parse_args()
    if args.lines is None:
        args.lines = 5 * args.claims
    return args


def bench_reference():
    from claims.reference import files
    from claims.reference.lookup import MueLimit, NdcUnits, Reference
    from tests.claims.planters import synthetic_ptp_rules

    mue = files.parse_mue(MUE_FILE.read_bytes(), MUE_FILE.name)
    ndc = files.parse_ndc(ASP_FILE.read_bytes(), ASP_FILE.name, skip_bad_rows=True)
    return Reference.build(
        mue=[MueLimit(r.code, r.value, r.adjudication_indicator, r.rationale) for r in mue.rows],
        ndc=[
            NdcUnits(
                r.ndc,
                r.hcpcs,
                r.package_size,
                r.billing_units,
                r.hcpcs_dosage,
                r.package_quantity,
                r.drug_name,
            )
            for r in ndc.rows
        ],
        ptp=synthetic_ptp_rules(),
        version="bench",
    )


def profiled(enabled: bool):  # type: ignore[no-untyped-def]
    if not enabled:
        return None
    import cProfile

    # CPU time, not the wall clock: on a shared machine the wall clock counts other work.
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    return profiler


def print_profile(profiler, count: int = 25) -> None:  # type: ignore[no-untyped-def]
    if profiler is None:
        return
    import pstats

    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(count)
    stats.sort_stats("tottime").print_stats(count)


def print_scores(truth, found, check_ids, *, prefix: str) -> None:  # type: ignore[no-untyped-def]
    """Per check precision and recall; `prefix` "" gives the in-memory run's names."""
    from tests.claims.planters import score

    if prefix:  # machine-readable: flags_precision_<check>, flags_recall_all

        def name(figure: str, of: str | None) -> str:
            return f"{prefix}{figure.replace('/', '_')}_{of or 'all'}"
    else:  # for people: "<check> precision", "all checks recall"

        def name(figure: str, of: str | None) -> str:
            return f"{of or 'all checks'} {figure}"

    totals = [0, 0, 0]
    for check_id, (hits, reported, planted) in score(truth, found, check_ids).items():
        totals = [totals[0] + hits, totals[1] + reported, totals[2] + planted]
        precision = f"{hits / reported:.4f}" if reported else "n/a"
        recall = f"{hits / planted:.4f}" if planted else "n/a"
        print(f"{name('precision', check_id)}: {precision}")
        print(f"{name('recall', check_id)}: {recall}")
        print(f"{name('planted/reported/correct', check_id)}: {planted}/{reported}/{hits}")
    print(f"{name('precision', None)}: {totals[0] / max(1, totals[1]):.4f}")
    print(f"{name('recall', None)}: {totals[0] / max(1, totals[2]):.4f}")


# --- 1. In memory ------------------------------------------------------------------------------


def run_in_memory(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from claims.checks import CATALOGUE, run_checks
    from claims.checks.diagnosis import code_status
    from tests.claims.planters import generate_claims

    started = time.perf_counter()
    reference = bench_reference()
    synthetic = generate_claims(reference, claims=args.claims, lines=args.lines, seed=args.seed)
    generated = time.perf_counter() - started
    code_status("E119")  # load the ICD-10-CM code set outside the timed run
    by_member = synthetic.by_member

    profiler = profiled(args.profile)
    found: set[tuple[str, str]] = set()
    load = os.getloadavg()[0]
    cpu_started = time.process_time()
    started = time.perf_counter()
    for claim in synthetic.claims:
        for finding in run_checks(claim, history=by_member[claim.member_id], reference=reference):
            found.add((finding.claim_number, finding.check_id))
    checked = time.perf_counter() - started
    checked_cpu = time.process_time() - cpu_started
    print_profile(profiler)

    print(f"claims: {len(synthetic.claims)}")
    print(f"lines: {synthetic.lines}")
    print(f"members: {len(by_member)}")
    print(f"planted problems: {sum(synthetic.planted.values())}")
    print(f"expected findings (claim, check): {len(synthetic.truth)}")
    print(f"generate seconds: {generated:.1f}")
    print(f"check seconds: {checked:.1f}")
    print(f"lines checked per second: {synthetic.lines / checked:.0f}")
    print(f"claims checked per second: {len(synthetic.claims) / checked:.0f}")
    print(f"lines checked per CPU second: {synthetic.lines / checked_cpu:.0f}")
    print(f"load average (1 min) before / after checking: {load:.1f} / {os.getloadavg()[0]:.1f}")
    print_scores(synthetic.truth, found, [info.id for info in CATALOGUE], prefix="")
    for kind, count in sorted(synthetic.planted.items()):
        print(f"planted {kind}: {count}")
    return synthetic, found


# --- 2. Writing the claims CSV -----------------------------------------------------------------


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _quantity(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def _provider(prefix: str, provider) -> dict[str, str]:  # type: ignore[no-untyped-def]
    if provider is None:
        return {}
    return {
        f"{prefix}_npi": provider.npi,
        f"{prefix}_name": provider.name,
        f"{prefix}_network": provider.network.value,
        f"{prefix}_taxonomy": provider.taxonomy,
    }


def claim_rows(claim) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The claim as rows of the claims CSV (claims.importers.csv.COLUMNS order)."""
    from claims.importers.csv import COLUMNS

    head = {
        "claim_number": claim.claim_number,
        "kind": claim.kind.value,
        "member_id": claim.member_id,
        "payer_name": claim.payer_name,
        "payer_id": claim.payer_id,
        "payer_claim_number": claim.payer_claim_number,
        "status": claim.status.value,
        "frequency": claim.frequency,
        "service_from": claim.service_from.isoformat(),
        "service_to": claim.service_to.isoformat(),
        **_provider("billing", claim.billing_provider),
        **_provider("rendering", claim.rendering_provider),
        **_provider("facility", claim.facility),
        "place_of_service": claim.place_of_service,
        "bill_type": claim.bill_type,
        "admission_type": claim.admission_type,
        "emergency": "yes" if claim.emergency else "",
        "diagnosis_codes": ";".join(claim.diagnosis_codes),
        "diagnosis_code_system": claim.diagnosis_code_system,
        "claim_billed": _money(claim.billed),
        "patient_birth_date": (
            claim.patient_birth_date.isoformat() if claim.patient_birth_date else ""
        ),
        "patient_sex": claim.patient_sex,
    }
    rows = []
    for line in claim.lines:
        cells = {
            **head,
            "line_number": str(line.number),
            "procedure_code": line.procedure_code,
            "modifiers": ";".join(line.modifiers),
            "units": _quantity(line.units),
            "billed": _money(line.billed),
            "line_service_from": line.service_from.isoformat() if line.service_from else "",
            "line_service_to": line.service_to.isoformat() if line.service_to else "",
            "line_place_of_service": line.place_of_service,
            "revenue_code": line.revenue_code,
            "diagnosis_pointers": ";".join(str(pointer) for pointer in line.diagnosis_pointers),
            "ndc": line.ndc,
            "ndc_quantity": _quantity(line.ndc_quantity),
            "ndc_unit": line.ndc_unit,
            **_provider("line_rendering", line.rendering_provider),
            "allowed": _money(line.allowed),
            "paid": _money(line.paid),
            "deductible": _money(line.deductible),
            "copay": _money(line.copay),
            "coinsurance": _money(line.coinsurance),
            "other_payer_paid": _money(line.other_payer_paid),
            "patient_responsibility": _money(line.patient_responsibility),
            "adjustments": ";".join(
                f"{a.group}-{a.reason}:{_money(a.amount)}" for a in line.adjustments
            ),
        }
        rows.append([cells.get(name, "") for name in COLUMNS])
    return rows


def _csv(rows: list[list[str]]) -> bytes:
    from claims.importers.csv import COLUMNS

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue().encode()


# --- 2b. Writing the same claims as FHIR R4 (CARIN Blue Button style) ---------------------------

CPT = "http://www.ama-assn.org/go/cpt"
NPI = "http://hl7.org/fhir/sid/us-npi"
C4BB = "http://hl7.org/fhir/us/carin-bb/CodeSystem/"
FHIR_ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication"
NETWORK_CODES = {"in": "innetwork", "out": "outofnetwork"}
# The line fields the EOB writes, by CARIN adjudication category.
FHIR_CATEGORIES = (
    ("eligible", FHIR_ADJUDICATION, "allowed"),
    ("benefit", FHIR_ADJUDICATION, "paid"),
    ("deductible", FHIR_ADJUDICATION, "deductible"),
    ("copay", FHIR_ADJUDICATION, "copay"),
    ("coinsurance", C4BB + "C4BBAdjudication", "coinsurance"),
    ("priorpayerpaid", C4BB + "C4BBAdjudication", "other_payer_paid"),
    ("memberliability", C4BB + "C4BBAdjudication", "patient_responsibility"),
)
FHIR_OUTCOMES = {"paid": "complete", "partially_paid": "partial", "denied": "complete",
                 "pended": "queued"}  # fmt: skip


def _coding(system: str, code: str) -> dict[str, object]:
    return {"coding": [{"system": system, "code": code}]}


def _money_json(value: Decimal) -> dict[str, object]:
    return {"value": float(value), "currency": "USD"}


def _fhir_provider(provider) -> dict[str, object]:  # type: ignore[no-untyped-def]
    reference: dict[str, object] = {"display": provider.name} if provider.name else {}
    if provider.npi:
        reference["identifier"] = {"system": NPI, "value": provider.npi}
    return reference


def claim_resource(claim, position: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The claim as a CARIN Blue Button ExplanationOfBenefit (a FHIR Claim while it is only
    submitted): the adjudication categories, network slices, NUBC and CMS codes the IG uses."""
    is_eob = claim.status.value != "submitted"
    patient_id = f"p{position}"
    resource: dict[str, object] = {
        "resourceType": "ExplanationOfBenefit" if is_eob else "Claim",
        "id": f"c{position}",
        "contained": [
            {
                "resourceType": "Patient",
                "id": patient_id,
                "birthDate": claim.patient_birth_date.isoformat(),
                "gender": {"F": "female", "M": "male"}.get(claim.patient_sex, "unknown"),
            }
        ],
        "identifier": [{"type": _coding(C4BB + "C4BBIdentifierType", "uc"),
                        "value": claim.claim_number}],
        "status": "cancelled" if claim.status.value == "reversed" else "active",
        "type": _coding("http://terminology.hl7.org/CodeSystem/claim-type", claim.kind.value),
        "use": "claim",
        "patient": {"reference": f"#{patient_id}", "identifier": {"value": claim.member_id}},
        "billablePeriod": {"start": claim.service_from.isoformat(),
                           "end": claim.service_to.isoformat()},
        "created": f"{claim.service_to.isoformat()}T00:00:00Z",
        "insurer": {"display": claim.payer_name,
                    **({"identifier": {"value": claim.payer_id}} if claim.payer_id else {})},
        "provider": _fhir_provider(claim.billing_provider),
        "priority": _coding("http://terminology.hl7.org/CodeSystem/processpriority", "normal"),
        "insurance": [{"sequence": 1, "focal": True, "coverage": {"display": claim.payer_name}}],
    }  # fmt: skip
    if claim.frequency == "7":  # a replacement names the claim it replaces
        resource["related"] = [{
            "claim": {"identifier": {"value": claim.payer_claim_number or claim.claim_number}},
            "relationship": _coding(
                "http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship", "prior"
            ),
        }]  # fmt: skip
    elif claim.frequency == "8":  # a void cancels the claim
        resource["status"] = "cancelled"
    if claim.facility is not None:
        resource["facility"] = _fhir_provider(claim.facility)
    if claim.rendering_provider is not None:
        role = "attending" if claim.kind.value == "institutional" else "rendering"
        resource["careTeam"] = [{
            "sequence": 1,
            "provider": _fhir_provider(claim.rendering_provider),
            "role": _coding(C4BB + "C4BBClaimCareTeamRole", role),
        }]  # fmt: skip
    system = {"icd10cm": "http://hl7.org/fhir/sid/icd-10-cm",
              "icd9cm": "http://hl7.org/fhir/sid/icd-9-cm"}[claim.diagnosis_code_system]  # fmt: skip
    resource["diagnosis"] = [
        {"sequence": number, "diagnosisCodeableConcept": _coding(system, code)}
        for number, code in enumerate(claim.diagnosis_codes, start=1)
    ]
    info = []
    if claim.bill_type:
        info.append(("typeofbill", "https://www.nubc.org/CodeSystem/TypeOfBill", claim.bill_type))
    if claim.admission_type:
        info.append(("admtype", "https://www.nubc.org/CodeSystem/PriorityTypeOfAdmitOrVisit",
                     claim.admission_type))  # fmt: skip
    if info:
        resource["supportingInfo"] = [
            {"sequence": number, "category": _coding(C4BB + "C4BBSupportingInfoType", category),
             "code": _coding(code_system, code)}
            for number, (category, code_system, code) in enumerate(info, start=1)
        ]  # fmt: skip
    items = []
    for line in claim.lines:
        item: dict[str, object] = {
            "sequence": line.number,
            "productOrService": _coding(CPT, line.procedure_code),
            "quantity": {"value": float(line.units)},
            "net": _money_json(line.billed),
        }
        if line.modifiers:
            item["modifier"] = [_coding(CPT, modifier) for modifier in line.modifiers]
        if line.revenue_code:
            item["revenue"] = _coding("https://www.nubc.org/CodeSystem/RevenueCodes",
                                      line.revenue_code)  # fmt: skip
        if line.ndc:
            ndc = f"{line.ndc[:5]}-{line.ndc[5:9]}-{line.ndc[9:]}"
            item["productOrService"]["extension"] = [  # type: ignore[index]
                {"url": "http://hl7.org/fhir/sid/ndc",
                 "valueCoding": {"system": "http://hl7.org/fhir/sid/ndc", "code": ndc}}
            ]  # fmt: skip
        place = line.place_of_service or claim.place_of_service
        if place:
            item["locationCodeableConcept"] = _coding(
                "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set",
                place,
            )
        start = line.service_from or claim.service_from
        end = line.service_to or (claim.service_to if line.service_from is None else start)
        item["servicedPeriod"] = {"start": start.isoformat(), "end": end.isoformat()}
        if line.diagnosis_pointers:
            item["diagnosisSequence"] = list(line.diagnosis_pointers)
        if is_eob:
            item["adjudication"] = [
                {"category": _coding(code_system, category),
                 "amount": _money_json(getattr(line, field))}
                for category, code_system, field in FHIR_CATEGORIES
                if getattr(line, field) is not None
            ]  # fmt: skip
        items.append(item)
    resource["item"] = items
    if not is_eob:
        resource["total"] = _money_json(claim.billed)
        return resource
    resource["outcome"] = FHIR_OUTCOMES.get(claim.status.value, "complete")
    statuses = []
    for slot, provider in (("billingnetworkstatus", claim.billing_provider),
                           ("renderingnetworkstatus", claim.rendering_provider)):  # fmt: skip
        if provider is not None and provider.network.value in NETWORK_CODES:
            statuses.append({
                "category": _coding(C4BB + "C4BBAdjudicationDiscriminator", slot),
                "reason": _coding(C4BB + "C4BBPayerAdjudicationStatus",
                                  NETWORK_CODES[provider.network.value]),
            })  # fmt: skip
    if statuses:
        resource["adjudication"] = statuses
    totals = [("submitted", FHIR_ADJUDICATION, claim.billed)]
    for category, code_system, value in (
        ("eligible", FHIR_ADJUDICATION, claim.allowed),
        ("benefit", FHIR_ADJUDICATION, claim.paid),
        ("memberliability", C4BB + "C4BBAdjudication", claim.patient_responsibility),
    ):
        if value is not None:
            totals.append((category, code_system, value))
    resource["total"] = [
        {"category": _coding(code_system, category), "amount": _money_json(value)}
        for category, code_system, value in totals
    ]
    return resource


def _fhir(resources: list[dict[str, object]]) -> bytes:
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": resource} for resource in resources]}  # fmt: skip
    return json.dumps(bundle, separators=(",", ":")).encode()


_IGNORED = {"source", "source_location", "financial", "notes", "received_at"}


def _changed_fields(original, parsed) -> list[str]:  # type: ignore[no-untyped-def]
    """The fields a reader did not give back as they were (`lines.<field>` for a line's);
    fields the original leaves unset (None, empty) that a reader fills are not counted."""
    changed = []
    for field in dataclasses.fields(original):
        before, after = getattr(original, field.name), getattr(parsed, field.name)
        if field.name in _IGNORED or (field.name != "lines" and before in (None, (), "")):
            continue
        if field.name == "lines":
            if len(before) != len(after):
                changed.append("lines (count)")
                continue
            changed += sorted({
                f"lines.{name}"
                for one, other in zip(before, after, strict=True)
                for name in _changed_fields(one, other)
            })  # fmt: skip
        elif before != after:
            changed.append(field.name)
    return changed


@dataclasses.dataclass
class Files:
    files: list[tuple[str, bytes]]
    imported: list  # the claims written (the later version of a corrected claim included)
    left_out: dict[str, list[str]]  # claim number -> the importer's problems with it
    changed: dict[str, list[str]]  # claim number -> fields the CSV does not carry as they were


def write_files(claims, per_file: int, limit: int, kind: str = "csv") -> Files:  # type: ignore[no-untyped-def]
    if kind == "x12":
        return write_x12_files(claims, per_file, limit)

    """The claims as claims CSV files (or FHIR Bundles, `kind` "fhir") of `per_file` claims.
    Each claim is read back with its reader first (not timed): a claim it refuses is left out
    (a file is all or nothing) and one it reads differently is kept, both are reported. A
    second claim with the same number (a corrected claim) goes into a later file: a file holds
    one version of a claim."""
    from claims.importers import csv as claims_csv_reader
    from claims.importers import fhir as claims_fhir_reader
    from claims.records import ImportRejected

    result = Files([], [], {}, {})
    first, later, seen = [], [], set()
    for position, claim in enumerate(claims):
        rows = claim_rows(claim) if kind == "csv" else [claim_resource(claim, position)]
        try:
            if kind == "csv":
                (parsed,) = claims_csv_reader.parse(_csv(rows), filename="claim.csv")
            else:
                (parsed,) = claims_fhir_reader.parse(_fhir(rows), filename="claim.json")
        except ImportRejected as rejected:
            result.left_out[claim.claim_number] = [
                f"{problem.field}: {problem.message}" for problem in rejected.problems
            ]
            continue
        fields = _changed_fields(claim, parsed)
        if fields:
            result.changed[claim.claim_number] = fields
        key = (claim.payer_key, claim.claim_number)
        (later if key in seen else first).append((claim, rows))
        seen.add(key)
    chunks = [first[start : start + per_file] for start in range(0, len(first), per_file)]
    chunks += [later[start : start + per_file] for start in range(0, len(later), per_file)]
    for index, chunk in enumerate(chunks, start=1):
        name = f"synthetic-{index:03d}.{'csv' if kind == 'csv' else 'json'}"
        data = (_csv if kind == "csv" else _fhir)([row for _, rows in chunk for row in rows])
        if len(data) > limit:
            raise SystemExit(
                f"{name} is {len(data):,} bytes, over CLAIMS_IMPORT_MAX_BYTES ({limit:,}): "
                "give a smaller --claims-per-file"
            )
        result.files.append((name, data))
        result.imported.extend(claim for claim, _ in chunk)
    return result


# --- 2c. Writing the professional claims as X12 837P --------------------------------------------

X12_HEAD = (
    "ISA*00*          *00*          *ZZ*SYNTHETIC      *ZZ*BENCH          *260101*1200*^*00501*"
    "{control:09d}*0*T*:~GS*HC*SYNTHETIC*BENCH*20260101*1200*{control}*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*{control}*20260101*1200*CH~"
    "NM1*41*2*SYNTHETIC BILLING*****46*SYN1~PER*IC*BENCH*TE*5555550100~"
    "NM1*40*2*SYNTHETIC HEALTH PLAN*****46*SYN01~"
)


def _x12_number(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else f"{value:f}"


def claim_segments_837p(claim, hl: int) -> list[str] | None:  # type: ignore[no-untyped-def]
    """The professional claim as 837P segments (its own billing-provider and subscriber loops),
    or None for what an 837P cannot carry as the synthetic claim has it."""
    billing = claim.billing_provider
    if claim.kind.value != "professional" or not billing.npi or len(claim.diagnosis_codes) > 12:
        return None
    segments = [f"HL*{hl}**20*1"]
    if billing.taxonomy:
        segments.append(f"PRV*BI*PXC*{billing.taxonomy}")
    segments += [
        f"NM1*85*2*{billing.name}*****XX*{billing.npi}",
        "N3*1 MAIN ST",
        "N4*MIAMI*FL*331110000",
        "REF*EI*587654321",
        f"HL*{hl + 1}*{hl}*22*0",
        "SBR*P*18*******CI",
        f"NM1*IL*1*SYNTHETIC*MEMBER****MI*{claim.member_id}",
    ]
    if claim.patient_birth_date:
        segments.append(f"DMG*D8*{claim.patient_birth_date:%Y%m%d}*{claim.patient_sex or 'U'}")
    segments.append(f"NM1*PR*2*{claim.payer_name}*****PI*{claim.payer_id or 'SYN01'}")
    total = sum((line.billed for line in claim.lines), Decimal(0))
    segments.append(
        f"CLM*{claim.claim_number}*{_x12_number(total)}***"
        f"{claim.place_of_service or '11'}:B:{claim.frequency}*Y*A*Y*Y"
    )
    if claim.frequency in {"7", "8"} and claim.payer_claim_number:
        segments.append(f"REF*F8*{claim.payer_claim_number}")
    if claim.diagnosis_codes:
        first, rest = ("BK", "BF") if claim.diagnosis_code_system == "icd9cm" else ("ABK", "ABF")
        segments.append(
            "HI*"
            + "*".join(
                f"{first if n == 0 else rest}:{code}"
                for n, code in enumerate(claim.diagnosis_codes)
            )
        )
    for entity, provider in (("82", claim.rendering_provider), ("77", claim.facility)):
        if provider is not None and provider.npi:
            segments.append(f"NM1*{entity}*2*{provider.name}*****XX*{provider.npi}")
            if entity == "82" and provider.taxonomy:
                segments.append(f"PRV*PE*PXC*{provider.taxonomy}")
            if entity == "77":
                segments += ["N3*1 HOSPITAL WAY", "N4*MIAMI*FL*331110000"]
    for line in claim.lines:
        code = ":".join(["HC", line.procedure_code, *line.modifiers])
        pointers = ":".join(str(pointer) for pointer in line.diagnosis_pointers)
        segments += [
            f"LX*{line.number}",
            f"SV1*{code}*{_x12_number(line.billed)}*UN*{_x12_number(line.units)}*"
            f"{line.place_of_service}**{pointers}" + ("**Y" if claim.emergency else ""),
        ]
        start = line.service_from or claim.service_from
        end = line.service_to or (claim.service_to if line.service_from is None else start)
        segments.append(
            f"DTP*472*D8*{start:%Y%m%d}"
            if start == end
            else f"DTP*472*RD8*{start:%Y%m%d}-{end:%Y%m%d}"
        )
        if line.ndc and line.ndc_quantity is not None:
            segments += [
                f"LIN**N4*{line.ndc}",
                f"CTP****{_x12_number(line.ndc_quantity)}*{line.ndc_unit or 'UN'}",
            ]
        rendering = line.rendering_provider
        if rendering is not None and rendering.npi:
            segments.append(f"NM1*82*2*{rendering.name}*****XX*{rendering.npi}")
    return segments


def _x12(chunk: list[list[str]], control: int) -> tuple[bytes, list[tuple[int, int]]]:
    """One 837P interchange of these claims' segments, and each claim's segment numbers (ISA
    is segment 1) to find the claim a problem names."""
    head = X12_HEAD.format(control=control)
    count = head.count("~")
    spans, body = [], []
    for segments in chunk:
        spans.append((count + 1, count + len(segments)))
        count += len(segments)
        body += segments
    transaction = count - 2 + 1  # ST..SE: everything after ISA and GS, and SE itself
    tail = [f"SE*{transaction}*0001", f"GE*1*{control}", f"IEA*1*{control:09d}"]
    return (head + "~".join([*body, *tail]) + "~").encode(), spans


def write_x12_files(claims, per_file: int, limit: int) -> Files:  # type: ignore[no-untyped-def]
    """The professional claims as 837P files of `per_file` claims (a corrected claim's later
    version in a later file). Each file is read back whole (the X12 reader costs about half a
    second a call, too much per claim): a claim the reader refuses is left out and the file
    written again without it."""
    from claims.importers import x12
    from claims.records import ImportRejected

    result = Files([], [], {}, {})
    first, later, seen = [], [], set()
    for claim in claims:
        key = (claim.payer_key, claim.claim_number)
        (later if key in seen else first).append(claim)
        seen.add(key)
    chunks = [first[start : start + per_file] for start in range(0, len(first), per_file)]
    chunks += [later[start : start + per_file] for start in range(0, len(later), per_file)]
    for index, chunk in enumerate(chunks, start=1):
        kept = []
        for claim in chunk:
            segments = claim_segments_837p(claim, 1)
            if segments is None:
                result.left_out[claim.claim_number] = ["not a professional claim an 837P carries"]
            else:
                kept.append(claim)
        for _attempt in range(5):
            written = [claim_segments_837p(claim, 1 + 2 * n) for n, claim in enumerate(kept)]
            data, spans = _x12(written, 1000 + index)  # type: ignore[arg-type]
            try:
                x12.parse(data, filename="read-back.837")
                break
            except ImportRejected as rejected:
                refused: dict[int, list[str]] = defaultdict(list)
                for problem in rejected.problems:
                    where = problem.location.split()
                    if len(where) < 2 or where[0] != "segment" or not where[1].isdigit():
                        raise SystemExit(f"an 837P problem not at a segment: {problem}") from None
                    number = int(where[1])
                    for position, (start, end) in enumerate(spans):
                        if start <= number <= end:
                            refused[position].append(f"{problem.field}: {problem.message}")
                if not refused:
                    raise SystemExit(
                        f"837P problems outside any claim: {rejected.problems[:3]}"
                    ) from None
                for position, reasons in refused.items():
                    result.left_out[kept[position].claim_number] = reasons
                kept = [claim for n, claim in enumerate(kept) if n not in refused]
        else:
            raise SystemExit("the 837P file still had problems after five passes")
        name = f"synthetic-{index:03d}.837"
        if len(data) > limit:
            raise SystemExit(f"{name} is {len(data):,} bytes, over CLAIMS_IMPORT_MAX_BYTES")
        result.files.append((name, data))
        result.imported.extend(kept)
    return result


# --- 2. The database ---------------------------------------------------------------------------


def ensure_database(url: str, *, reset: bool) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        if reset:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def setup_django(url: str, *, migrate: bool = True) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="careteam.settings",
        DATABASE_URL=url,
        SECRET_KEY="bench-secret-key-not-for-production-0123456789-abcdefghijkl",
        ALLOWED_HOSTS="testserver",
        HTTPS="0",
        LOG_LEVEL="WARNING",
        DEBUG="0",
    )
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    if not migrate:
        return
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def empty_database() -> None:
    from django.db import connection

    from careteam.models import AuditEvent, Job, Member
    from claims.models import Claim, ClaimAdjustment, ClaimLine, Flag, ImportBatch, Provider
    from claims.reference.models import MueEdit, NdcCrosswalk, PtpEdit, ReferenceTable

    models = (
        Flag, ClaimAdjustment, ClaimLine, Claim, ImportBatch, Provider, MueEdit, PtpEdit,
        NdcCrosswalk, ReferenceTable, Job, AuditEvent, Member,
    )  # fmt: skip
    tables = ", ".join(model._meta.db_table for model in models)
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


def create_members(claims) -> int:  # type: ignore[no-untyped-def]
    """One careteam Member per member id, with the birth date and sex the claims state."""
    from django.db import connection

    members: dict[str, tuple[str, str]] = {}
    for claim in claims:
        members.setdefault(
            claim.member_id, (claim.patient_birth_date.isoformat(), claim.patient_sex or "U")
        )
    ids = sorted(members)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO careteam_member (member_id, first_name, last_name, date_of_birth, sex,
                                         state, plan, contact_channel, language, created_at)
            SELECT m.id, 'Synthetic', 'Member ' || m.id, m.birth, m.sex, 'CA',
                   'Synthetic Health Plan', 'app', '', now()
            FROM unnest(%s::text[], %s::date[], %s::text[]) AS m(id, birth, sex)
            """,
            [ids, [members[i][0] for i in ids], [members[i][1] for i in ids]],
        )
        # An import touches only the members its team serves (has a thread with): one team
        # serves them all here.
        cursor.execute(
            """
            INSERT INTO careteam_thread (team_id, member_id, subject, topic, status, priority,
                                         created_at, updated_at, last_message_at, message_count,
                                         external_ref, language, topic_set_by_person,
                                         triage_kind)
            SELECT %s, id, 'Synthetic', 'other', 'open', 1, now(), now(), now(), 0, '', '',
                   false, ''
            FROM careteam_member WHERE member_id = ANY(%s::text[])
            """,
            [bench_team_id(), ids],
        )
        # ...and is enrolled with it (Member.teams), which is what decides whom it serves.
        cursor.execute(
            """
            INSERT INTO careteam_member_teams (member_id, team_id)
            SELECT id, %s FROM careteam_member WHERE member_id = ANY(%s::text[])
            """,
            [bench_team_id(), ids],
        )
    return len(ids)


def bench_team_id() -> int:
    from careteam.models import Team

    return Team.objects.get_or_create(name="Synthetic claims bench")[0].pk


def ptp_file(rules, directory: Path) -> Path:  # type: ignore[no-untyped-def]
    """The synthetic PTP edits as CMS distributes the practitioner table: a preamble, the
    column titles spread over four lines, tab-delimited rows, dates YYYYMMDD, "*" for none."""
    lines = [
        "CPT only copyright 2025 American Medical Association. All rights reserved. "
        "Synthetic benchmark table: every pair below is made up.",
        "Column1/Column2 Edits",
        "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale",
        "\t\tprior to 1996\tDate\tDate\t0=not allowed\t",
        "\t\t\t\t*=no data\t1=allowed\t",
        "\t\t\t\t\t9=not applicable\t",
    ]
    for rule in rules:
        deletion = rule.deletion_date.strftime("%Y%m%d") if rule.deletion_date else "*"
        lines.append(
            f"{rule.column_one}\t{rule.column_two}\t\t{rule.effective_date:%Y%m%d}\t"
            f"{deletion}\t{rule.modifier_indicator}\t{rule.rationale}"
        )
    path = directory / PTP_FILE_NAME
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def load_tables() -> list[str]:
    from claims.reference.loading import load_reference
    from tests.claims.planters import synthetic_ptp_rules

    with tempfile.TemporaryDirectory() as directory:
        loads = [
            ("mue", load_reference("mue", [MUE_FILE])),
            ("ndc", load_reference("ndc", [ASP_FILE], skip_bad_rows=True)),
            ("ptp", load_reference("ptp", [ptp_file(synthetic_ptp_rules(), Path(directory))])),
        ]
    return [f"{kind} {result.table.row_count}" for kind, result in loads]


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds used so far by this process and by its PostgreSQL backend (read from /proc
    when the server runs on this machine, else 0): on a shared machine the wall clock counts
    other sessions' work too, these do not."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (backend,) = cursor.fetchone()
    try:
        fields = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
        server = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        server = 0.0
    return time.process_time(), server


def emit_cpu(emit, name: str, before: tuple[float, float], lines: int) -> None:  # type: ignore[no-untyped-def]
    client, server = (after - start for after, start in zip(cpu_seconds(), before, strict=True))
    emit(f"{name}_cpu_seconds_python: {client:.1f}")
    emit(f"{name}_cpu_seconds_postgresql: {server:.1f}")
    emit(f"{name}_lines_per_cpu_second: {lines / max(client + server, 1e-9):.0f}")
    emit(f"{name}_load_average: {os.getloadavg()[0]:.1f}")


STORED_CHECKSUMS = {
    # Every stored column but ids, timestamps and the batch (they differ from run to run), with
    # the member, provider and claim named by their stable keys instead of their ids.
    "claims": """
        SELECT to_jsonb(c) - 'id' - 'member_id' - 'billing_provider_id' - 'rendering_provider_id'
               - 'facility_id' - 'batch_id' - 'created_at' - 'updated_at' - 'adjudicated_at'
               || jsonb_build_object('member', m.member_id, 'billing', b.key, 'rendering', r.key,
                                     'facility', f.key, 'adjudicated', c.adjudicated_at IS NOT NULL)
        FROM claims_claim c JOIN careteam_member m ON m.id = c.member_id
        LEFT JOIN claims_provider b ON b.id = c.billing_provider_id
        LEFT JOIN claims_provider r ON r.id = c.rendering_provider_id
        LEFT JOIN claims_provider f ON f.id = c.facility_id
    """,
    "lines": """
        SELECT to_jsonb(l) - 'id' - 'claim_id' - 'rendering_provider_id'
               || jsonb_build_object('claim', c.payer_key || '|' || c.claim_number,
                                     'rendering', r.key)
        FROM claims_claimline l JOIN claims_claim c ON c.id = l.claim_id
        LEFT JOIN claims_provider r ON r.id = l.rendering_provider_id
    """,
    "adjustments": """
        SELECT to_jsonb(a) - 'id' - 'claim_id' - 'line_id'
               || jsonb_build_object('claim', c.payer_key || '|' || c.claim_number,
                                     'line', l.number)
        FROM claims_claimadjustment a JOIN claims_claim c ON c.id = a.claim_id
        LEFT JOIN claims_claimline l ON l.id = a.line_id
    """,
    "flags": """
        SELECT to_jsonb(g) - 'id' - 'claim_id' - 'created_at' - 'updated_at' - 'decided_at'
               || jsonb_build_object('claim', c.payer_key || '|' || c.claim_number)
        FROM claims_flag g JOIN claims_claim c ON c.id = g.claim_id
    """,
    "providers": "SELECT to_jsonb(p) - 'id' FROM claims_provider p",
}


def stored_checksums() -> dict[str, str]:
    """A digest of each table's stored rows (order-free), so that two runs of the same data,
    before and after a change to the code, can be compared for identical results."""
    from django.db import connection

    digests = {}
    with connection.cursor() as cursor:
        for name, sql in STORED_CHECKSUMS.items():
            cursor.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t.row::text, E'\\n' ORDER BY "
                f"t.row::text), '')) FROM ({sql}) AS t(row)"
            )
            count, digest = cursor.fetchone()
            digests[name] = f"{count} rows, md5 {digest}"
    return digests


def defer_jobs() -> None:
    """Publish jobs to Celery's in-memory broker instead of running them eagerly inside each
    import's commit (what happens without REDIS_URL), so that the import is timed alone; the
    bench then plays the worker."""
    from careteam.celery import app

    app.conf.task_always_eager = False


def run_database(args: argparse.Namespace, synthetic, found_in_memory) -> None:  # type: ignore[no-untyped-def]
    for kind in args.formats.split(","):
        run_format(args, synthetic, found_in_memory, kind)


def run_format(args: argparse.Namespace, synthetic, found_in_memory, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Write, import and check the claims in one format; figures after the writing step are
    prefixed "fhir_" for FHIR (none for CSV, as before)."""
    from django.conf import settings

    from careteam import jobs
    from careteam.models import Job
    from claims.checks import CATALOGUE
    from claims.checks.diagnosis import code_status
    from claims.models import Flag, ImportBatch
    from claims.services.checks import CHECK_BATCH
    from claims.services.imports import claims_import

    check_ids = [info.id for info in CATALOGUE]
    prefix = "" if kind == "csv" else f"{kind}_"

    def emit(line: str) -> None:
        print(prefix + line)

    log(f"writing the claims as {kind} files")
    started = time.perf_counter()
    per_file = args.fhir_claims_per_file if kind == "fhir" else args.claims_per_file
    written = write_files(synthetic.claims, per_file, settings.CLAIMS_IMPORT_MAX_BYTES, kind)
    write_seconds = time.perf_counter() - started
    sizes = [len(data) for _, data in written.files]
    print(f"{kind}_files: {len(written.files)}")
    print(f"{kind}_bytes: {sum(sizes)}")
    print(f"{kind}_largest_file_bytes: {max(sizes)}")
    print(f"{kind}_write_and_read_back_seconds: {write_seconds:.1f}")
    print(f"{kind}_claims_left_out: {len(written.left_out)}")
    print(f"{kind}_claims_read_differently: {len(written.changed)}")
    for field, count in sorted(Counter(f for fs in written.changed.values() for f in fs).items()):
        print(f"{kind}_read_differently_field_{field}: {count}")
    expected = defaultdict(set)
    for number, check_id in synthetic.truth:
        expected[number].add(check_id)
    for title, claims in (("left_out", written.left_out), ("read_differently", written.changed)):
        by_check = Counter(
            check_id for number in claims for check_id in expected.get(number, {"(none)"})
        )
        for check_id, count in sorted(by_check.items()):
            print(f"{kind}_{title}_planted_{check_id}: {count}")
        reasons = Counter(reason for details in claims.values() for reason in details).most_common(
            5
        )
        for reason, count in reasons:
            log(f"  {title}: {count} x {reason}")

    empty_database()
    emit(f"members_created: {create_members(synthetic.claims)}")
    started = time.perf_counter()
    tables = load_tables()
    emit(f"reference_load_seconds: {time.perf_counter() - started:.1f}")
    emit(f"reference_tables: {', '.join(tables)}")

    defer_jobs()
    log(f"importing {len(written.files)} files")
    profiler = profiled(args.profile_database)
    emit(f"import_load_average_before: {os.getloadavg()[0]:.1f}")
    import_cpu = cpu_seconds()
    started = time.perf_counter()
    for name, data in written.files:
        file_started = time.perf_counter()
        result = claims_import(data=data, filename=name, actor=None, team_ids=[bench_team_id()])
        if result.rejected:
            raise SystemExit(f"{name} was rejected: {result.problems[:5]}")
        log(
            f"  {name}: {result.batch.claims_created} new, {result.batch.claims_updated} "
            f"updated, {result.batch.lines_stored} lines, "
            f"{time.perf_counter() - file_started:.1f} s"
        )
    import_seconds = time.perf_counter() - started
    print_profile(profiler, 40)
    batches = ImportBatch.objects.filter(outcome=ImportBatch.Outcome.STORED)
    stored_claims = sum(batch.claims_created for batch in batches)
    checked_claims = sum(batch.claims_created + batch.claims_updated for batch in batches)
    stored_lines = sum(batch.lines_stored for batch in batches)
    emit(f"import_claims: {stored_claims}")
    emit(f"import_lines: {stored_lines}")
    emit(f"import_seconds: {import_seconds:.1f}")
    emit(f"import_claims_per_second: {stored_claims / import_seconds:.0f}")
    emit(f"import_lines_per_second: {stored_lines / import_seconds:.0f}")
    emit_cpu(emit, "import", import_cpu, stored_lines)

    job_ids = list(Job.objects.filter(name=CHECK_BATCH).order_by("pk").values_list("pk", flat=True))
    code_status("E119")  # the ICD-10-CM code set, as a worker has it loaded after its first job
    log(f"running {len(job_ids)} checks jobs")
    profiler = profiled(args.profile_database)
    checks_cpu = cpu_seconds()
    started = time.perf_counter()
    outcomes = Counter()
    for job_id in job_ids:
        job_started = time.perf_counter()
        outcomes[jobs.run(job_id=job_id)] += 1
        log(f"  job {job_id}: {time.perf_counter() - job_started:.1f} s")
    checks_seconds = time.perf_counter() - started
    print_profile(profiler, 40)
    emit(f"checks_jobs: {len(job_ids)} ({', '.join(f'{n} {o}' for o, n in outcomes.items())})")
    emit(f"checks_job_seconds: {checks_seconds:.1f}")
    # The jobs check every claim an import stored, so every line stored.
    emit(f"checks_job_lines_per_second: {stored_lines / checks_seconds:.0f}")
    emit(f"checks_job_claims_per_second: {checked_claims / checks_seconds:.0f}")
    emit_cpu(emit, "checks_job", checks_cpu, stored_lines)

    for table, digest in stored_checksums().items():
        emit(f"stored_checksum_{table}: {digest}")
    flags = set(Flag.objects.values_list("claim__claim_number", "check_id"))
    emit(f"flags_stored: {Flag.objects.count()}")
    print_scores(synthetic.truth, flags, check_ids, prefix=f"{prefix}flags_")
    imported = {claim.claim_number for claim in written.imported}
    truth_imported = {item for item in synthetic.truth if item[0] in imported}
    emit(
        f"flags_recall_all_of_imported_claims: {len(flags & truth_imported) / max(1, len(truth_imported)):.4f}"
    )
    memory = {item for item in found_in_memory if item[0] in imported}
    missing, extra = memory - flags, flags - memory
    emit(f"flags_missing_vs_memory: {len(missing)}")
    emit(f"flags_extra_vs_memory: {len(extra)}")
    for title, items in (("missing", missing), ("extra", extra)):
        for check_id, count in sorted(Counter(check for _, check in items).items()):
            emit(f"flags_{title}_vs_memory_{check_id}: {count}")
        for number, check_id in sorted(items)[:5]:
            log(f"  {title} vs memory: {number} {check_id}")


def main() -> None:
    args = parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    # Django first: the claims modules the in-memory part imports reach careteam's models.
    if not args.memory_only:
        ensure_database(args.database_url, reset=args.reset)
    setup_django(args.database_url, migrate=not args.memory_only)
    synthetic, found = run_in_memory(args)
    if not args.memory_only:
        run_database(args, synthetic, found)


if __name__ == "__main__":
    main()
